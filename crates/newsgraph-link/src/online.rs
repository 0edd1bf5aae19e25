//! The Wikidata API client: `wbsearchentities` for candidates, `wbgetentities` (50 ids a request) for the
//! claims that decide between them, with Wikimedia's etiquette: a descriptive User-Agent with a contact,
//! `maxlag=5`, a cap on concurrent requests, retries with exponential backoff that honour `Retry-After` on
//! 429, 503 and maxlag replies, per-request timeouts, and an on-disk cache of replies. A failed lookup never
//! stops a run: its names come back as errors, their entities stay unlinked, and a later run retries.
//! Nor does a reply the cache cannot store (a full disk): the lookup uses the reply, no more replies are
//! stored in this run, and one warning says so ([`CandidateSource::take_warnings`]).
//!
//! Wikidata's P31 values are often specific classes ("city of Switzerland", "commune of Syria") that
//! `data/wikidata/types.tsv` cannot list one by one. Classes it does not know are resolved through their
//! P279 (subclass of) chain, up to [`OnlineConfig::class_depth`] levels, with the same cached
//! `wbgetentities` requests; the known classes found on the way are added to the candidate's classes, so
//! type agreement sees an item whose P31 is a subclass of city as a city.

use super::cache::Cache;
use super::entity::{candidate_from_entity, claim_ids};
use super::types::{is_known_class, known_ancestors};
use super::{Candidate, CandidateSource, LinkError, LinkMethod};
use rayon::prelude::*;
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// Configuration of the API client.
#[derive(Debug, Clone, PartialEq)]
pub struct OnlineConfig {
    /// The `api.php` endpoint (Wikidata, a mirror, or another Wikibase).
    pub endpoint: String,
    /// The User-Agent header: tool name, version and a contact, as Wikimedia's policy asks.
    pub user_agent: String,
    /// Timeout of one request.
    pub timeout: Duration,
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// First backoff; doubled on every retry.
    pub base_backoff: Duration,
    /// Longest wait before a retry, also for `Retry-After`.
    pub max_backoff: Duration,
    /// Requests in flight at once.
    pub max_concurrency: usize,
    /// The `maxlag` parameter (seconds of replication lag after which the API asks clients to wait).
    pub maxlag: u32,
    /// Directory of the reply cache (none: no cache).
    pub cache_dir: Option<PathBuf>,
    /// Candidates asked of `wbsearchentities` per name.
    pub search_limit: u32,
    /// How long a cached search that found nothing is trusted. An empty answer is cached (a second run over
    /// the same articles sends no request), but Wikidata grows and an empty answer may have been a passing
    /// fault of a mirror, so after this age the name is asked again. Other replies are kept until the cache
    /// is cleared.
    pub empty_search_ttl: Duration,
    /// Levels of P279 (subclass of) followed from a class `data/wikidata/types.tsv` does not know; 0 turns
    /// class resolution off.
    pub class_depth: u32,
}

impl Default for OnlineConfig {
    fn default() -> Self {
        OnlineConfig {
            endpoint: "https://www.wikidata.org/w/api.php".into(),
            user_agent: format!(
                "newsgraph/{} (https://w3id.org/newsgraph; newsgraph@example.org) reqwest",
                env!("CARGO_PKG_VERSION")
            ),
            timeout: Duration::from_secs(20),
            max_retries: 4,
            base_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(60),
            max_concurrency: 4,
            maxlag: 5,
            cache_dir: None,
            search_limit: 7,
            empty_search_ttl: Duration::from_secs(24 * 3600),
            class_depth: 4,
        }
    }
}

/// The Wikidata API as a candidate source.
pub struct OnlineSource {
    config: OnlineConfig,
    client: reqwest::blocking::Client,
    cache: Option<Cache>,
    requests: AtomicUsize,
    /// Whether storing a reply in the cache failed: no more are stored.
    cache_failed: AtomicBool,
    /// Warnings not yet taken ([`CandidateSource::take_warnings`]).
    warnings: Mutex<Vec<String>>,
}

enum Attempt {
    Done(Result<String, LinkError>),
    Retry {
        wait: Option<Duration>,
        error: LinkError,
    },
}

impl OnlineSource {
    /// A client for `config`.
    pub fn new(config: OnlineConfig) -> Result<Self, LinkError> {
        let client = reqwest::blocking::Client::builder()
            .user_agent(config.user_agent.clone())
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .build()
            .map_err(|e| LinkError::Transport {
                url: config.endpoint.clone(),
                message: e.to_string(),
            })?;
        let cache = config.cache_dir.as_deref().map(Cache::open).transpose()?;
        Ok(OnlineSource {
            config,
            client,
            cache,
            requests: AtomicUsize::new(0),
            cache_failed: AtomicBool::new(false),
            warnings: Mutex::new(Vec::new()),
        })
    }

    /// Stores a reply in the cache, if there is one and it has not failed. A failure is not the lookup's:
    /// the reply is good. The first one becomes a warning, and no more replies are stored (on a full disk
    /// each would fail in turn).
    fn store(&self, key: &str, body: &str) {
        let Some(cache) = &self.cache else {
            return;
        };
        if self.cache_failed.load(Ordering::SeqCst) {
            return;
        }
        if let Err(e) = cache.put(key, body)
            && !self.cache_failed.swap(true, Ordering::SeqCst)
        {
            self.warnings
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(format!(
                    "Wikidata cache {}: a reply could not be stored ({e}); linking goes on, but the \
                     replies of this run are not cached and a later run asks for them again",
                    cache.dir().display()
                ));
        }
    }

    /// HTTP requests sent so far (cache hits send none).
    pub fn requests_sent(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    fn once(&self, url: &str) -> Attempt {
        self.requests.fetch_add(1, Ordering::SeqCst);
        let resp = match self.client.get(url).send() {
            Ok(r) => r,
            Err(e) => {
                let message = if e.is_timeout() {
                    format!("timed out after {:?}", self.config.timeout)
                } else {
                    e.to_string()
                };
                return Attempt::Retry {
                    wait: None,
                    error: LinkError::Transport {
                        url: url.to_string(),
                        message,
                    },
                };
            }
        };
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        if status == 429 || status == 503 {
            return Attempt::Retry {
                wait: retry_after,
                error: LinkError::RateLimited {
                    url: url.to_string(),
                    status,
                    attempts: 0,
                },
            };
        }
        if !(200..300).contains(&status) {
            return Attempt::Done(Err(LinkError::Status {
                url: url.to_string(),
                status,
            }));
        }
        let body = match resp.text() {
            Ok(b) => b,
            Err(e) => {
                return Attempt::Retry {
                    wait: None,
                    error: LinkError::Transport {
                        url: url.to_string(),
                        message: e.to_string(),
                    },
                };
            }
        };
        // The API reports lag as an error object with HTTP 200 and a Retry-After header.
        if let Ok(v) = serde_json::from_str::<Value>(&body)
            && v["error"]["code"].as_str() == Some("maxlag")
        {
            return Attempt::Retry {
                wait: retry_after.or(Some(Duration::from_secs(5))),
                error: LinkError::RateLimited {
                    url: url.to_string(),
                    status,
                    attempts: 0,
                },
            };
        }
        Attempt::Done(Ok(body))
    }

    /// GETs the API with `params`, through the cache, with retries; the reply as JSON.
    fn get_json(&self, params: &[(&str, &str)]) -> Result<Value, LinkError> {
        let mut all: Vec<(&str, &str)> = params.to_vec();
        all.push(("format", "json"));
        let key_url = url::Url::parse_with_params(&self.config.endpoint, &all).map_err(|e| {
            LinkError::Transport {
                url: self.config.endpoint.clone(),
                message: e.to_string(),
            }
        })?;
        let key = key_url.to_string();
        let ttl = self.config.empty_search_ttl;
        let cached = self
            .cache
            .as_ref()
            .and_then(|c| c.get(&key))
            .filter(|(body, age)| {
                // An empty search answer older than its TTL is asked again.
                *age <= ttl || !is_empty_search(body)
            });
        let body = match cached {
            Some((body, _)) => body,
            None => {
                let maxlag = self.config.maxlag.to_string();
                let mut url = key_url.clone();
                url.query_pairs_mut().append_pair("maxlag", &maxlag);
                let body = self.fetch(url.as_str())?;
                parse(&body, url.as_str())?;
                self.store(&key, &body);
                body
            }
        };
        parse(&body, &key)
    }

    fn fetch(&self, url: &str) -> Result<String, LinkError> {
        let mut backoff = self.config.base_backoff;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            match self.once(url) {
                Attempt::Done(r) => return r,
                Attempt::Retry { wait, error } => {
                    if attempt > self.config.max_retries {
                        return Err(match error {
                            LinkError::RateLimited { url, status, .. } => LinkError::RateLimited {
                                url,
                                status,
                                attempts: attempt,
                            },
                            other => other,
                        });
                    }
                    let pause = wait.unwrap_or(backoff).min(self.config.max_backoff);
                    std::thread::sleep(pause);
                    backoff = (backoff * 2).min(self.config.max_backoff);
                }
            }
        }
    }

    /// Item ids `wbsearchentities` finds for a name (labels and aliases, English).
    pub fn search(&self, name: &str) -> Result<Vec<String>, LinkError> {
        let limit = self.config.search_limit.to_string();
        let v = self.get_json(&[
            ("action", "wbsearchentities"),
            ("search", name),
            ("language", "en"),
            ("uselang", "en"),
            ("type", "item"),
            ("limit", &limit),
        ])?;
        let hits = v["search"].as_array().ok_or_else(|| LinkError::Malformed {
            url: self.config.endpoint.clone(),
            message: format!("wbsearchentities reply for {name:?} has no `search` array"),
        })?;
        Ok(hits
            .iter()
            .filter_map(|h| h["id"].as_str().map(str::to_string))
            .collect())
    }

    /// The candidates of up to 50 items (`wbgetentities`).
    pub fn entities(&self, ids: &[String]) -> Result<HashMap<String, Candidate>, LinkError> {
        let entities = self.wbgetentities(
            ids,
            &[
                ("props", "labels|aliases|descriptions|claims|sitelinks"),
                ("languages", "en"),
            ],
        )?;
        Ok(entities
            .values()
            .filter(|e| e.get("missing").is_none())
            .filter_map(candidate_from_entity)
            .map(|c| (c.qid.clone(), c))
            .collect())
    }
}

impl OnlineSource {
    /// The `entities` object of a `wbgetentities` reply for up to 50 ids, with the extra parameters.
    fn wbgetentities(
        &self,
        ids: &[String],
        extra: &[(&str, &str)],
    ) -> Result<serde_json::Map<String, Value>, LinkError> {
        let joined = ids.join("|");
        let mut params = vec![("action", "wbgetentities"), ("ids", joined.as_str())];
        params.extend_from_slice(extra);
        let mut v = self.get_json(&params)?;
        match v.get_mut("entities").map(Value::take) {
            Some(Value::Object(m)) => Ok(m),
            _ => Err(LinkError::Malformed {
                url: self.config.endpoint.clone(),
                message: "wbgetentities reply has no `entities` object".into(),
            }),
        }
    }

    /// The P279 (subclass of) values of up to 50 classes.
    fn superclasses(&self, ids: &[String]) -> Result<HashMap<String, Vec<String>>, LinkError> {
        let entities = self.wbgetentities(ids, &[("props", "claims")])?;
        Ok(entities
            .iter()
            .map(|(id, e)| (id.clone(), claim_ids(e, "P279")))
            .collect())
    }

    /// Adds to each candidate the known classes above its unknown ones (breadth first through P279, at most
    /// `class_depth` levels; cycles end by themselves).
    fn resolve_classes(&self, items: &mut HashMap<String, Candidate>) -> Result<(), LinkError> {
        let unknown: BTreeSet<String> = items
            .values()
            .flat_map(|c| c.instance_of.iter())
            .filter(|q| !is_known_class(q))
            .cloned()
            .collect();
        if unknown.is_empty() || self.config.class_depth == 0 {
            return Ok(());
        }
        let mut parents: HashMap<String, Vec<String>> = HashMap::new();
        let mut frontier: Vec<String> = unknown.iter().cloned().collect();
        for _ in 0..self.config.class_depth {
            let ask: Vec<String> = frontier
                .into_iter()
                .filter(|q| !parents.contains_key(q))
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            if ask.is_empty() {
                break;
            }
            let batches: Vec<Vec<String>> = ask.chunks(50).map(|c| c.to_vec()).collect();
            let fetched = parallel_map(&batches, self.config.max_concurrency, |b| {
                self.superclasses(b)
            });
            let mut next = Vec::new();
            for r in fetched {
                for (q, ps) in r? {
                    next.extend(
                        ps.iter()
                            .filter(|p| !is_known_class(p) && !parents.contains_key(*p))
                            .cloned(),
                    );
                    parents.insert(q, ps);
                }
            }
            for q in ask {
                parents.entry(q).or_default();
            }
            frontier = next;
        }
        let ancestors: HashMap<&str, BTreeSet<String>> = unknown
            .iter()
            .map(|c| {
                let found = known_ancestors(c, &parents, self.config.class_depth);
                (c.as_str(), found)
            })
            .collect();
        for c in items.values_mut() {
            let extra: BTreeSet<String> = c
                .instance_of
                .iter()
                .filter_map(|q| ancestors.get(q.as_str()))
                .flatten()
                .filter(|q| !c.instance_of.contains(q))
                .cloned()
                .collect();
            c.instance_of.extend(extra);
        }
        Ok(())
    }
}

/// Whether a reply is a `wbsearchentities` answer that found nothing.
fn is_empty_search(body: &str) -> bool {
    serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| v.get("search").and_then(Value::as_array).map(Vec::is_empty))
        .unwrap_or(false)
}

fn parse(body: &str, url: &str) -> Result<Value, LinkError> {
    let v: Value = serde_json::from_str(body).map_err(|e| LinkError::Malformed {
        url: url.to_string(),
        message: e.to_string(),
    })?;
    if let Some(err) = v.get("error") {
        return Err(LinkError::Malformed {
            url: url.to_string(),
            message: format!(
                "API error {}: {}",
                err["code"].as_str().unwrap_or("?"),
                err["info"].as_str().unwrap_or("")
            ),
        });
    }
    Ok(v)
}

/// Runs `f` over `items` with at most `max` requests in flight, keeping the order: a rayon pool of its own
/// with that many threads (the jobs wait on the network, so the global pool, sized by the cores, would be
/// the wrong size). Should the pool not start, the items are run one after another.
fn parallel_map<T: Sync, R: Send>(items: &[T], max: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    match rayon::ThreadPoolBuilder::new()
        .num_threads(max.clamp(1, items.len().max(1)))
        .thread_name(|i| format!("newsgraph-wikidata-{i}"))
        .build()
    {
        Ok(pool) => pool.install(|| items.par_iter().map(&f).collect()),
        Err(_) => items.iter().map(f).collect(),
    }
}

impl CandidateSource for OnlineSource {
    fn candidates(&self, names: &[String]) -> Vec<Result<Vec<Candidate>, LinkError>> {
        let found = parallel_map(names, self.config.max_concurrency, |n| self.search(n));
        let ids: BTreeSet<String> = found.iter().flatten().flatten().cloned().collect();
        let ids: Vec<String> = ids.into_iter().collect();
        let batches: Vec<Vec<String>> = ids.chunks(50).map(|c| c.to_vec()).collect();
        let fetched = parallel_map(&batches, self.config.max_concurrency, |b| self.entities(b));
        let mut items: HashMap<String, Candidate> = HashMap::new();
        let mut failed: HashMap<String, String> = HashMap::new();
        for (batch, r) in batches.iter().zip(fetched) {
            match r {
                Ok(map) => items.extend(map),
                Err(e) => {
                    for id in batch {
                        failed.insert(id.clone(), e.to_string());
                    }
                }
            }
        }
        if let Err(e) = self.resolve_classes(&mut items) {
            // Items whose type could not be told stay out for now: their names fail and a later run retries.
            for c in items
                .values()
                .filter(|c| !super::types::known(&c.instance_of))
            {
                failed.insert(c.qid.clone(), format!("resolving its classes: {e}"));
            }
        }
        found
            .into_iter()
            .map(|r| {
                let ids = r?;
                if let Some(msg) = ids.iter().find_map(|i| failed.get(i)) {
                    return Err(LinkError::Transport {
                        url: self.config.endpoint.clone(),
                        message: format!("wbgetentities failed: {msg}"),
                    });
                }
                Ok(ids.iter().filter_map(|i| items.get(i).cloned()).collect())
            })
            .collect()
    }

    fn method(&self) -> LinkMethod {
        LinkMethod::Online
    }

    fn take_warnings(&self) -> Vec<String> {
        std::mem::take(&mut *self.warnings.lock().unwrap_or_else(|e| e.into_inner()))
    }
}
