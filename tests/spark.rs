//! newsgraph on a real batch engine: `examples/spark/newsgraph_job.py` in PySpark's local mode pipes the
//! dev corpus's partitions (split by newsgraph's shard hash) through the binary; the union of its N-Quads
//! parts, sorted, equals one `newsgraph run` of the whole corpus. Skipped when PySpark or Java is missing,
//! unless NEWSGRAPH_REQUIRE_PYTHON_CHECKS is set (CI sets it; scripts/setup.sh installs both).

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sorted_unique(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect();
    lines.sort();
    lines.dedup();
    lines
}

#[test]
fn pyspark_job_equals_one_run() {
    let ready = Command::new("python3")
        .args(["-c", "import pyspark"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
        && Command::new("java").arg("-version").output().is_ok();
    if !ready {
        assert!(
            std::env::var_os("NEWSGRAPH_REQUIRE_PYTHON_CHECKS").is_none(),
            "PySpark and Java are required (scripts/setup.sh installs them)"
        );
        eprintln!("skipped: PySpark or Java not found");
        return;
    }
    let dev = root().join("../shared/corpus/dev/articles.jsonl");
    if !dev.exists() {
        eprintln!("skipped: the dev corpus (../shared/corpus/dev) is not beside the project");
        return;
    }
    let corpus = dev;
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("parts");
    let bin = env!("CARGO_BIN_EXE_newsgraph");
    let job = Command::new("python3")
        .arg(root().join("examples/spark/newsgraph_job.py"))
        .arg(&corpus)
        .arg(&out_dir)
        .args(["--partitions", "3", "--bin", bin])
        .env("SOURCE_DATE_EPOCH", "1480982400")
        .output()
        .expect("run the PySpark job");
    assert!(
        job.status.success(),
        "the PySpark job failed:\n{}",
        String::from_utf8_lossy(&job.stderr)
    );
    let mut parts = String::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&out_dir).unwrap() {
        let path = entry.unwrap().path();
        if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("part-"))
        {
            parts.push_str(&std::fs::read_to_string(&path).unwrap());
            parts.push('\n');
            files += 1;
        }
    }
    assert_eq!(files, 3, "one part per partition");
    let one = Command::new(bin)
        .arg("run")
        .arg(&corpus)
        .args(["--memory", "--format", "nq", "--link", "offline"])
        .env("SOURCE_DATE_EPOCH", "1480982400")
        .output()
        .unwrap();
    assert!(one.status.success());
    let (a, b) = (
        sorted_unique(&String::from_utf8_lossy(&one.stdout)),
        sorted_unique(&parts),
    );
    assert!(a.len() > 100);
    assert_eq!(a.len(), b.len(), "quads: one run vs the Spark job's parts");
    assert!(a == b, "the Spark job's N-Quads differ from one run");
}
