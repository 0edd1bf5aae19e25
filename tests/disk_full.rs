//! A full disk: the real `newsgraph` binary writing onto a small tmpfs that fills up, a store, an output
//! file, a Wikidata index and the Wikidata cache, with the cases in `tests/data/disk_full/`. Each must give
//! one clear error line (a warning for the cache, whose failure does not stop linking) and leave nothing
//! half-written: a store whose every article graph is whole, no truncated file under its final name, no
//! temporary file.
//!
//! Mounting needs root (`mount -t tmpfs`). Without it each test says why and returns, unless
//! `NEWSGRAPH_REQUIRE_TMPFS=1` (set in `.ci/run`): then it fails.

#![cfg(unix)]

mod store_support;
use store_support::{dump, graph_sizes};
mod wikidata_server;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seed() -> PathBuf {
    root().join("examples/lavrov-aleppo-2016-12-06.txt")
}

fn newsgraph() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_newsgraph"));
    c.env("SOURCE_DATE_EPOCH", "1480982400").current_dir(root());
    c
}

fn ok(c: &mut Command) -> Output {
    let out = c.output().expect("run newsgraph");
    assert!(
        out.status.success(),
        "{c:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The rows of a case file: tab-separated, `#` comments and blank lines skipped.
fn cases(name: &str) -> Vec<Vec<String>> {
    let path = root().join("tests/data/disk_full").join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// A tmpfs mounted on a directory, unmounted when dropped (also when a test panics).
struct Tmpfs {
    dir: PathBuf,
}

impl Tmpfs {
    /// Mounts a tmpfs of `kb` KiB on `dir` (created). Without the right to mount, says why and gives `None`,
    /// or fails when `NEWSGRAPH_REQUIRE_TMPFS=1`.
    fn mount(dir: &Path, kb: u64) -> Option<Tmpfs> {
        std::fs::create_dir_all(dir).unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={kb}k"), "tmpfs"])
            .arg(dir)
            .output();
        let why = match out {
            Ok(o) if o.status.success() => {
                return Some(Tmpfs {
                    dir: dir.to_path_buf(),
                });
            }
            Ok(o) => String::from_utf8_lossy(&o.stderr).trim().to_string(),
            Err(e) => e.to_string(),
        };
        if std::env::var("NEWSGRAPH_REQUIRE_TMPFS").is_ok_and(|v| v == "1") {
            panic!(
                "cannot mount a tmpfs on {} ({why}), and NEWSGRAPH_REQUIRE_TMPFS=1",
                dir.display()
            );
        }
        eprintln!(
            "skipped: cannot mount a tmpfs on {} ({why}); the full-disk tests need root \
             (NEWSGRAPH_REQUIRE_TMPFS=1 makes this a failure)",
            dir.display()
        );
        None
    }

    /// Makes the filesystem `kb` KiB large (no smaller than what it holds).
    fn resize(&self, kb: u64) {
        let out = Command::new("mount")
            .args(["-o", &format!("remount,size={kb}k")])
            .arg(&self.dir)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "remount {}: {}",
            self.dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// KiB in use.
    fn used_kb(&self) -> u64 {
        let out = Command::new("df")
            .args(["-k", "--output=used"])
            .arg(&self.dir)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .nth(1)
            .and_then(|l| l.trim().parse().ok())
            .expect("df's figure")
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let unmounted = Command::new("umount")
            .arg(&self.dir)
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            // still busy (a process of a failed test): detach it, it goes when the process ends
            let _ = Command::new("umount").arg("-l").arg(&self.dir).status();
        }
    }
}

/// Files in `dir` (names), sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The lines of an error output, blank ones left out.
fn lines(err: &str) -> Vec<&str> {
    err.lines().filter(|l| !l.trim().is_empty()).collect()
}

// ---- the store ----

/// Article texts: the seed example, alone and followed by each text of `tests/data/extract/cases.jsonl`, so
/// that article graphs differ in size.
fn texts() -> Vec<String> {
    let seed = std::fs::read_to_string(seed()).unwrap();
    let cases = std::fs::read_to_string(root().join("tests/data/extract/cases.jsonl")).unwrap();
    let mut texts = vec![seed.clone()];
    for l in cases.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        texts.push(format!("{seed}\n\n{}", v["text"].as_str().unwrap()));
    }
    texts
}

/// `bytes` of invented words (letters from a fixed xorshift sequence, so that they do not compress).
fn long_text(bytes: usize) -> String {
    let mut x: u64 = 0x5EED_D15C_F011_0010;
    let mut text = String::with_capacity(bytes + 16);
    while text.len() < bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let len = 2 + (x % 8) as usize;
        for i in 0..len {
            text.push((b'a' + ((x >> (8 + 5 * i)) % 26) as u8) as char);
        }
        text.push(if x.is_multiple_of(13) { '.' } else { ' ' });
    }
    text
}

/// A JSON Lines corpus of `n` articles `PREFIX-NNNNN`; article `long` (if any) is a 2.5 MB text.
fn corpus(path: &Path, prefix: &str, n: usize, long: Option<usize>) -> PathBuf {
    let texts = texts();
    let mut out = String::new();
    for i in 0..n {
        let text = if Some(i) == long {
            long_text(2_500_000)
        } else {
            texts[i % texts.len()].clone()
        };
        let doc = serde_json::json!({
            "id": format!("{prefix}-{i:05}"),
            "published": "2016-12-06",
            "text": text,
        });
        out += &doc.to_string();
        out.push('\n');
    }
    std::fs::write(path, out).unwrap();
    path.to_path_buf()
}

fn load(corpus: &Path, store: &Path) -> Command {
    let mut c = newsgraph();
    c.args(["--quiet", "load"])
        .arg(corpus)
        .arg("--store")
        .arg(store)
        .stdout(Stdio::null());
    c
}

/// [`load`] with a limit of `kb` KiB on the size of each file it writes: a write past it fails with
/// `EFBIG` ("File too large"; the signal the kernel sends first is ignored).
fn load_limited(corpus: &Path, store: &Path, kb: u64) -> Command {
    let mut c = Command::new("bash");
    c.args([
        "-c",
        "trap '' XFSZ; ulimit -f \"$1\"; shift; exec \"$@\"",
        "bash",
    ])
    .arg(kb.to_string())
    .arg(env!("CARGO_BIN_EXE_newsgraph"))
    .args(["--quiet", "load"])
    .arg(corpus)
    .arg("--store")
    .arg(store)
    .env("SOURCE_DATE_EPOCH", "1480982400")
    .current_dir(root())
    .stdout(Stdio::null());
    c
}

fn is_article(graph: &str, prefix: &str) -> bool {
    graph.contains(&format!("/graph/{prefix}-"))
}

/// A store's reference: the article graphs' quad counts after loading A, then B, with room.
fn reference(tmp: &Path, name: &str, a: &Path, b: &Path) -> BTreeMap<String, usize> {
    let clean = tmp.join(name);
    ok(&mut load(a, &clean));
    ok(&mut load(b, &clean));
    graph_sizes(&clean, "the full disk")
}

// Over 80 lines: one scenario per case read top to bottom (load, fill, fail, check, grow, load again), each
// step checking what the steps before it left.
/// A load into a store on a disk that fills up (cases in `tests/data/disk_full/load.tsv`) fails with exit
/// status 1 and one error line naming the store, and for a full disk saying so; the store then opens, every
/// article graph in it holds exactly the quads of a clean load, what was loaded before is intact, and
/// loading again completes the store to what a clean load gives.
#[test]
fn a_load_that_fills_the_disk_fails_clearly_and_leaves_the_store_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let before = corpus(&tmp.path().join("a.jsonl"), "kept", 20, None);
    // 264 articles: a bulk batch of 256, the 11th 2.5 MB long, then 8 one-article transactions.
    let bulk = corpus(&tmp.path().join("bulk.jsonl"), "new", 264, Some(10));
    // 40 articles, fewer than a bulk batch: one transaction each.
    let one_by_one = corpus(&tmp.path().join("one.jsonl"), "new", 40, None);
    let t0 = std::time::Instant::now();
    let want_bulk = reference(tmp.path(), "clean-bulk", &before, &bulk);
    eprintln!("clean loads of A and B: {:?}", t0.elapsed());
    let want_one = reference(tmp.path(), "clean-one", &before, &one_by_one);
    let mut seen = Vec::new();
    for (i, case) in cases("load.tsv").iter().enumerate() {
        let (kind, kb, which, place) = (
            &case[0],
            case[1].parse::<u64>().unwrap(),
            &case[2],
            &case[3],
        );
        let (filling, want, n) = match which.as_str() {
            "bulk" => (&bulk, &want_bulk, 264),
            "one-by-one" => (&one_by_one, &want_one, 40),
            other => panic!("load.tsv: unknown load {other}"),
        };
        let Some(disk) = Tmpfs::mount(&tmp.path().join(format!("disk-{i}")), 512 * 1024) else {
            return;
        };
        let store = disk.dir.join("store");
        ok(&mut load(&before, &store));
        let out = match kind.as_str() {
            "full" => {
                disk.resize(disk.used_kb() + kb);
                load(filling, &store).output().unwrap()
            }
            "fsize" => load_limited(filling, &store, kb).output().unwrap(),
            other => panic!("load.tsv: unknown kind {other}"),
        };
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        let case = format!("{kind} {kb} KiB, {which} ({place})");
        assert_eq!(out.status.code(), Some(1), "{case}: {err}");
        assert_eq!(lines(&err).len(), 1, "{case}: one error line: {err}");
        assert!(err.starts_with("newsgraph: error: store "), "{case}: {err}");
        assert!(err.contains(store.to_str().unwrap()), "{case}: {err}");
        if kind == "full" {
            assert!(err.contains("the disk is full"), "{case}: {err}");
            assert!(err.contains("No space left on device"), "{case}: {err}");
        }
        for wrong in ["corrupt", "locked", "panicked"] {
            assert!(!err.contains(wrong), "{case}: {err}");
        }
        disk.resize(512 * 1024);
        // Every article graph present is whole; load A is all there.
        let got = graph_sizes(&store, "the full disk");
        for (g, size) in got
            .iter()
            .filter(|(g, _)| is_article(g, "kept") || is_article(g, "new"))
        {
            assert_eq!(
                Some(size),
                want.get(g),
                "{case}: article graph {g} is not whole"
            );
        }
        let kept = got.keys().filter(|g| is_article(g, "kept")).count();
        assert_eq!(kept, 20, "{case}: load A lost articles");
        let present = got.keys().filter(|g| is_article(g, "new")).count();
        seen.push(format!("{case}: {present}/{n} articles present; {err}"));
        // Loading again completes the store.
        ok(&mut load(filling, &store));
        assert_eq!(
            &graph_sizes(&store, "the full disk"),
            want,
            "{case}: the second load"
        );
    }
    eprintln!("{}", seen.join("\n"));
}

// ---- output files ----

/// An output file that does not fit (cases in `tests/data/disk_full/outputs.tsv`: `export --out`,
/// `run --out`, `extract --out`, `wikidata index`): exit status 1, one error line naming the file and
/// saying there is no space left, the file as it was before, and no temporary file.
#[test]
fn an_output_file_that_does_not_fit_is_not_written() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    ok(newsgraph()
        .args(["--quiet", "load"])
        .arg(seed())
        .arg("--store")
        .arg(&store));
    let dump = dump(&tmp.path().join("dump.json"), 2_000);
    let mut seen = Vec::new();
    for (i, case) in cases("outputs.tsv").iter().enumerate() {
        let (name, kb, before, file, args) = (
            &case[0],
            case[1].parse::<u64>().unwrap(),
            &case[2],
            &case[3],
            &case[4],
        );
        let Some(disk) = Tmpfs::mount(&tmp.path().join(format!("out-{i}")), kb) else {
            return;
        };
        let target = disk.dir.join(file);
        let old = format!("an older {file}, which must stay as it was\n");
        if before == "old" {
            std::fs::write(&target, &old).unwrap();
        }
        let args: Vec<String> = args
            .split(' ')
            .map(|a| {
                a.replace("{target}", target.to_str().unwrap())
                    .replace("{store}", store.to_str().unwrap())
                    .replace("{seed}", seed().to_str().unwrap())
                    .replace("{dump}", dump.to_str().unwrap())
            })
            .collect();
        let out = newsgraph().arg("--quiet").args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert_eq!(lines(&err).len(), 1, "{name}: one error line: {err}");
        assert!(err.starts_with("newsgraph: error: "), "{name}: {err}");
        assert!(err.contains(target.to_str().unwrap()), "{name}: {err}");
        assert!(err.contains("No space left on device"), "{name}: {err}");
        assert!(
            !err.contains(&format!(".{file}.")),
            "{name}: names a temporary file: {err}"
        );
        match before.as_str() {
            "old" => {
                assert_eq!(std::fs::read_to_string(&target).unwrap(), old, "{name}");
                assert_eq!(names(&disk.dir), vec![file.clone()], "{name}: files left");
            }
            _ => assert!(names(&disk.dir).is_empty(), "{name}: files left"),
        }
        seen.push(format!("{name}: {err}"));
    }
    eprintln!("{}", seen.join(""));
}

/// `wikidata index` with room for the index but not for its key table: the index in place is the whole
/// index (byte-identical to a build with room), the key table is not there, and the error names the key
/// table. A build with room then writes both.
#[test]
fn an_index_whose_key_table_does_not_fit_is_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let dump = dump(&tmp.path().join("dump.json"), 2_000);
    let build = |out: &Path| {
        let mut c = newsgraph();
        c.args(["--quiet", "wikidata", "index"])
            .arg(&dump)
            .arg("--out")
            .arg(out);
        c
    };
    let clean = tmp.path().join("clean.jsonl");
    ok(&mut build(&clean));
    let keys = |p: &Path| PathBuf::from(format!("{}.keys", p.display()));
    let want = std::fs::read(&clean).unwrap();
    let want_keys = std::fs::read(keys(&clean)).unwrap();
    // Room for the index (in 4 KiB pages) and half its key table.
    let pages = |bytes: usize| bytes.div_ceil(4096) as u64 * 4;
    let kb = pages(want.len()) + pages(want_keys.len()) / 2;
    let Some(disk) = Tmpfs::mount(&tmp.path().join("disk"), kb) else {
        return;
    };
    let index = disk.dir.join("index.jsonl");
    let out = build(&index).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(lines(&err).len(), 1, "{err}");
    assert!(err.contains(keys(&index).to_str().unwrap()), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(std::fs::read(&index).unwrap() == want, "a different index");
    assert_eq!(names(&disk.dir), vec!["index.jsonl".to_string()], "{err}");
    disk.resize(kb * 4);
    ok(&mut build(&index));
    assert!(std::fs::read(&index).unwrap() == want);
    assert!(std::fs::read(keys(&index)).unwrap() == want_keys);
}

// ---- the Wikidata cache ----

// Over 80 lines: one scenario per case read top to bottom (a run with room, a run on the full disk, a
// run after the disk is grown), each step checking what the steps before it left.
/// `run --link online` with its Wikidata cache on a disk that fills up (cases in
/// `tests/data/disk_full/cache.tsv`): linking goes on (exit status 0, the same graph as a run with room)
/// with one warning naming the cache; every entry written is byte-identical to the one a run with room
/// writes, none is truncated, no temporary file is left, the directory tag is whole or absent; a run with
/// room then completes the cache and gives the same graph.
#[test]
fn a_full_disk_under_the_wikidata_cache_is_one_warning_and_no_truncated_entry() {
    let server = wikidata_server::Server::start(&root().join("tests/data/link/entities.json"));
    let tmp = tempfile::tempdir().unwrap();
    let run = |cache: &Path, out: &Path| {
        newsgraph()
            .args(["--quiet", "run"])
            .arg(seed())
            .args(["--memory", "--link", "online", "--format", "nt"])
            .args(["--wikidata-endpoint", &server.endpoint])
            .arg("--wikidata-cache")
            .arg(cache)
            .arg("--out")
            .arg(out)
            .output()
            .unwrap()
    };
    let clean_cache = tmp.path().join("clean-cache");
    let clean_out = tmp.path().join("clean.nt");
    let out = run(&clean_cache, &clean_out);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want = std::fs::read(&clean_out).unwrap();
    let want_entries = store_support::cache_entries(&clean_cache);
    let tag = std::fs::read(clean_cache.join("CACHEDIR.TAG")).unwrap();
    eprintln!(
        "a run with room: {} cache entries, {} bytes",
        want_entries.len(),
        want_entries.values().map(Vec::len).sum::<usize>()
    );
    let mut seen = Vec::new();
    for (i, case) in cases("cache.tsv").iter().enumerate() {
        let (kb, place) = (case[0].parse::<u64>().unwrap(), &case[1]);
        let Some(disk) = Tmpfs::mount(&tmp.path().join(format!("disk-{i}")), kb.max(4)) else {
            return;
        };
        if kb == 0 {
            std::fs::write(disk.dir.join("filler"), [0u8; 4096]).unwrap();
        }
        let cache = disk.dir.join("cache");
        let graph = tmp.path().join(format!("out-{i}.nt"));
        let out = run(&cache, &graph);
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        let case = format!("{kb} KiB ({place})");
        assert!(out.status.success(), "{case}: {err}");
        let warnings: Vec<&str> = lines(&err)
            .into_iter()
            .filter(|l| l.starts_with("warning:"))
            .collect();
        assert_eq!(warnings.len(), 1, "{case}: one warning: {err}");
        assert!(
            warnings[0].starts_with(&format!("warning: Wikidata cache {}", cache.display())),
            "{case}: {err}"
        );
        assert!(
            warnings[0].contains("No space left on device"),
            "{case}: {err}"
        );
        assert!(
            std::fs::read(&graph).unwrap() == want,
            "{case}: a different graph"
        );
        let got = store_support::cache_entries(&cache);
        for (name, bytes) in &got {
            assert!(
                want_entries.get(name) == Some(bytes),
                "{case}: cache entry {name} is not whole"
            );
        }
        let files = names(&cache);
        assert!(
            files
                .iter()
                .all(|n| n.ends_with(".json") || n == "CACHEDIR.TAG"),
            "{case}: files left: {files:?}"
        );
        if let Ok(t) = std::fs::read(cache.join("CACHEDIR.TAG")) {
            assert_eq!(t, tag, "{case}: a truncated cache directory tag");
        }
        seen.push(format!(
            "{case}: {} of {} entries; {}",
            got.len(),
            want_entries.len(),
            warnings[0]
        ));
        // With room, a run completes the cache.
        disk.resize(16 * 1024);
        let out = run(&cache, &graph);
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(out.status.success(), "{case}: {err}");
        assert!(!err.contains("warning:"), "{case}: {err}");
        assert!(std::fs::read(&graph).unwrap() == want, "{case}: rerun");
        assert!(
            store_support::cache_entries(&cache) == want_entries,
            "{case}: the cache after a rerun"
        );
        assert!(
            std::fs::read(cache.join("CACHEDIR.TAG")).ok() == Some(tag.clone()),
            "{case}: the cache directory tag after a rerun"
        );
    }
    eprintln!("{}", seen.join("\n"));
}
