//! A local stand-in for the Wikidata API on 127.0.0.1, started by the tests. It answers `wbsearchentities`
//! and `wbgetentities` in Wikidata's response formats from a dump excerpt, records every request (query and
//! User-Agent), counts requests in flight, and injects faults on demand: 429 with Retry-After, 503, slow
//! replies, malformed JSON, empty results and maxlag errors.

#![allow(dead_code)]

use newsgraph::link::normalize::key;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A fault the server injects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// 429 Too Many Requests with `Retry-After: 1`.
    RateLimit,
    /// 503 Service Unavailable.
    Unavailable,
    /// A reply slower than the client's timeout.
    Slow,
    /// A body that is not JSON.
    Malformed,
    /// A search that finds nothing.
    Empty,
    /// A maxlag error (HTTP 200, `error.code = maxlag`, `Retry-After: 1`).
    Maxlag,
}

impl FaultKind {
    /// Parses a fault name from the fault table.
    pub fn parse(s: &str) -> Self {
        match s {
            "rate-limit" => FaultKind::RateLimit,
            "unavailable" => FaultKind::Unavailable,
            "slow" => FaultKind::Slow,
            "malformed" => FaultKind::Malformed,
            "empty" => FaultKind::Empty,
            "maxlag" => FaultKind::Maxlag,
            other => panic!("unknown fault {other}"),
        }
    }
}

/// A fault: its kind, how many matching requests it hits, and which search it hits (all when `None`).
#[derive(Debug, Clone)]
pub struct Fault {
    pub kind: FaultKind,
    pub remaining: usize,
    pub search: Option<String>,
}

/// One request the server saw.
#[derive(Debug, Clone)]
pub struct Seen {
    pub params: HashMap<String, String>,
    pub user_agent: Option<String>,
}

struct State {
    entities: Vec<Value>,
    fault: Mutex<Option<Fault>>,
    seen: Mutex<Vec<Seen>>,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    slow: Duration,
    /// Milliseconds each request is kept in flight before its reply.
    delay_ms: AtomicUsize,
}

/// The running server.
pub struct Server {
    /// The endpoint (`http://127.0.0.1:PORT/w/api.php`).
    pub endpoint: String,
    state: Arc<State>,
}

impl Server {
    /// Starts a server answering from a dump excerpt (the Wikidata JSON dump format).
    pub fn start(dump: &std::path::Path) -> Server {
        let text = std::fs::read_to_string(dump).expect("dump");
        let entities = text
            .lines()
            .map(|l| l.trim().trim_end_matches(','))
            .filter(|l| l.starts_with('{'))
            .map(|l| serde_json::from_str(l).expect("entity"))
            .collect();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(State {
            entities,
            fault: Mutex::new(None),
            seen: Mutex::new(Vec::new()),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
            slow: Duration::from_millis(2500),
            delay_ms: AtomicUsize::new(15),
        });
        let st = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let st = st.clone();
                std::thread::spawn(move || handle(stream, &st));
            }
        });
        Server {
            endpoint: format!("http://127.0.0.1:{port}/w/api.php"),
            state,
        }
    }

    /// Sets (or clears) the fault.
    pub fn set_fault(&self, fault: Option<Fault>) {
        *self.state.fault.lock().unwrap() = fault;
    }

    /// Keeps every request in flight this long before its reply (15 ms by default): a slow server, so that
    /// a run lasts long enough to be killed in the middle.
    pub fn set_delay(&self, delay: Duration) {
        self.state
            .delay_ms
            .store(delay.as_millis() as usize, Ordering::SeqCst);
    }

    /// Every request so far.
    pub fn seen(&self) -> Vec<Seen> {
        self.state.seen.lock().unwrap().clone()
    }

    /// Forgets the requests seen and the in-flight maximum.
    pub fn reset_log(&self) {
        self.state.seen.lock().unwrap().clear();
        self.state.max_in_flight.store(0, Ordering::SeqCst);
    }

    /// The most requests that were in flight at once.
    pub fn max_in_flight(&self) -> usize {
        self.state.max_in_flight.load(Ordering::SeqCst)
    }
}

fn respond(st: &State, stream: &mut TcpStream, status: &str, headers: &[(&str, &str)], body: &str) {
    // The request stops counting as in flight before its reply can reach the client, so that the client's
    // next request is never counted together with this one.
    st.in_flight.fetch_sub(1, Ordering::SeqCst);
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body.as_bytes());
    let _ = stream.flush();
}

fn handle(mut stream: TcpStream, st: &State) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut user_agent = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':')
            && k.eq_ignore_ascii_case("user-agent")
        {
            user_agent = Some(v.trim().to_string());
        }
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let url = url::Url::parse(&format!("http://localhost{target}")).expect("url");
    let params: HashMap<String, String> = url.query_pairs().into_owned().collect();
    st.seen.lock().unwrap().push(Seen {
        params: params.clone(),
        user_agent,
    });
    let now = st.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    st.max_in_flight.fetch_max(now, Ordering::SeqCst);
    // Keep each request in flight a little, so that concurrency is observable.
    std::thread::sleep(Duration::from_millis(
        st.delay_ms.load(Ordering::SeqCst) as u64
    ));
    let fault = {
        let mut f = st.fault.lock().unwrap();
        match f.as_mut() {
            Some(fault)
                if fault.remaining > 0
                    && (fault.search.is_none()
                        || fault.search.as_deref() == params.get("search").map(String::as_str)) =>
            {
                fault.remaining -= 1;
                Some(fault.kind)
            }
            _ => None,
        }
    };
    match fault {
        Some(FaultKind::RateLimit) => respond(st, &mut stream, "429 Too Many Requests", &[("Retry-After", "1")], "{}"),
        Some(FaultKind::Unavailable) => respond(st, &mut stream, "503 Service Unavailable", &[], "<html>down</html>"),
        Some(FaultKind::Slow) => {
            std::thread::sleep(st.slow);
            respond(st, &mut stream, "200 OK", &[], &answer(st, &params).to_string());
        }
        Some(FaultKind::Malformed) => respond(st, &mut stream, "200 OK", &[], "{\"search\": [ {\"id\": \"Q"),
        Some(FaultKind::Empty) => {
            let mut v = answer(st, &params);
            if v.get("search").is_some() {
                v["search"] = json!([]);
            }
            respond(st, &mut stream, "200 OK", &[], &v.to_string());
        }
        Some(FaultKind::Maxlag) => respond(
            st,
            &mut stream,
            "200 OK",
            &[("Retry-After", "1")],
            &json!({"error": {"code": "maxlag", "info": "Waiting for 10.64.48.35: 6 seconds lagged.",
                    "host": "10.64.48.35", "lag": 6, "type": "db"}, "servedby": "mw-api-ext"}).to_string(),
        ),
        None => respond(st, &mut stream, "200 OK", &[], &answer(st, &params).to_string()),
    }
}

fn label(e: &Value) -> String {
    e["labels"]["en"]["value"]
        .as_str()
        .unwrap_or("")
        .to_string()
}

fn aliases(e: &Value) -> Vec<String> {
    e["aliases"]["en"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v["value"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn answer(st: &State, params: &HashMap<String, String>) -> Value {
    match params.get("action").map(String::as_str) {
        Some("wbsearchentities") => {
            let search = params.get("search").cloned().unwrap_or_default();
            let k = key(&search);
            let limit: usize = params
                .get("limit")
                .and_then(|l| l.parse().ok())
                .unwrap_or(7);
            // (rank, sitelinks, entity, match type, matched text): exact label, then alias, then prefix.
            let mut hits: Vec<(u8, usize, &Value, &str, String)> = Vec::new();
            for e in &st.entities {
                let sl = e["sitelinks"].as_object().map_or(0, |s| s.len());
                let l = label(e);
                if key(&l) == k {
                    hits.push((0, sl, e, "label", l));
                } else if let Some(a) = aliases(e).into_iter().find(|a| key(a) == k) {
                    hits.push((1, sl, e, "alias", a));
                } else if !k.is_empty() && key(&l).starts_with(&k) {
                    hits.push((2, sl, e, "label", l));
                }
            }
            hits.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            let search_results: Vec<Value> = hits
                .into_iter()
                .take(limit)
                .map(|(_, _, e, mtype, text)| {
                    let id = e["id"].as_str().unwrap_or("");
                    json!({
                        "id": id,
                        "title": id,
                        "pageid": id[1..].parse::<u64>().unwrap_or(0),
                        "display": {
                            "label": {"value": label(e), "language": "en"},
                            "description": {"value": e["descriptions"]["en"]["value"], "language": "en"}
                        },
                        "repository": "wikidata",
                        "url": format!("//www.wikidata.org/wiki/{id}"),
                        "concepturi": format!("http://www.wikidata.org/entity/{id}"),
                        "label": label(e),
                        "description": e["descriptions"]["en"]["value"],
                        "match": {"type": mtype, "language": "en", "text": text},
                        "aliases": if mtype == "alias" { json!([text]) } else { json!(null) }
                    })
                })
                .collect();
            json!({"searchinfo": {"search": search}, "search": search_results, "success": 1})
        }
        Some("wbgetentities") => {
            let ids = params.get("ids").cloned().unwrap_or_default();
            let mut out = serde_json::Map::new();
            for id in ids.split('|').filter(|s| !s.is_empty()) {
                let e = st
                    .entities
                    .iter()
                    .find(|e| e["id"].as_str() == Some(id))
                    .cloned()
                    .unwrap_or_else(|| json!({"id": id, "missing": ""}));
                out.insert(id.to_string(), e);
            }
            json!({"entities": out, "success": 1})
        }
        _ => {
            json!({"error": {"code": "unknown_action", "info": "Unrecognized value for parameter \"action\""}})
        }
    }
}
