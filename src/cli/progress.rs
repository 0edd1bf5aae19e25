//! Progress of long commands on stderr: an indicatif bar when stderr is a terminal, a plain line every few
//! seconds when it is not and `--progress` is given, nothing with `--quiet`. The final summary of each
//! command is printed by the command itself, whatever the mode.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// An indicatif bar (stderr is a terminal).
    Bar,
    /// A plain line every [`interval`] (stderr is not a terminal, `--progress` given).
    Lines,
    /// Nothing (`--quiet`, or stderr is not a terminal and no `--progress`).
    Off,
}

static MODE: OnceLock<Mode> = OnceLock::new();

/// Sets the mode from the global options `--quiet` and `--progress`, once, at start-up.
pub fn init(quiet: bool, progress: bool) {
    let mode = if quiet {
        Mode::Off
    } else if std::io::stderr().is_terminal() {
        Mode::Bar
    } else if progress {
        Mode::Lines
    } else {
        Mode::Off
    };
    // Set once per process; a second call (none today) keeps the first mode, which is what it shows.
    let _ = MODE.set(mode);
}

/// The mode set by [`init`] ([`Mode::Off`] before it).
pub fn mode() -> Mode {
    MODE.get().copied().unwrap_or(Mode::Off)
}

/// The environment variable that sets the seconds between two plain progress lines (default 2; 0: a line
/// at every update).
pub const INTERVAL_VAR: &str = "NEWSGRAPH_PROGRESS_INTERVAL";

/// Time between two plain progress lines.
pub fn interval() -> Duration {
    std::env::var(INTERVAL_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(Duration::from_secs(2))
}

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Articles (or entities, graphs: see the label).
    Items(&'static str),
    /// Bytes.
    Bytes,
}

/// One command's progress.
pub struct Progress {
    label: &'static str,
    unit: Unit,
    total: Option<u64>,
    done: u64,
    start: Instant,
    last_line: Instant,
    interval: Duration,
    mode: Mode,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// Starts counting for the command `label` (`load`, `run` …), towards `total` when it is known.
    pub fn new(label: &'static str, unit: Unit, total: Option<u64>) -> Self {
        let mode = mode();
        let bar = (mode == Mode::Bar).then(|| {
            let bar = match total {
                Some(t) => ProgressBar::with_draw_target(Some(t), ProgressDrawTarget::stderr()),
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
            };
            let template = match (unit, total) {
                (Unit::Items(what), Some(_)) => format!(
                    "newsgraph {label}: [{{bar:30}}] {{human_pos}}/{{human_len}} {what} ({{per_sec}}, ETA {{eta}})"
                ),
                (Unit::Items(what), None) => format!(
                    "newsgraph {label}: {{spinner}} {{human_pos}} {what} ({{per_sec}}, {{elapsed}})"
                ),
                (Unit::Bytes, Some(_)) => format!(
                    "newsgraph {label}: [{{bar:30}}] {{bytes}}/{{total_bytes}} ({{bytes_per_sec}}, ETA {{eta}})"
                ),
                (Unit::Bytes, None) => format!(
                    "newsgraph {label}: {{spinner}} {{bytes}} ({{bytes_per_sec}}, {{elapsed}})"
                ),
            };
            bar.set_style(
                ProgressStyle::with_template(&template)
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        let now = Instant::now();
        Progress {
            label,
            unit,
            total,
            done: 0,
            start: now,
            last_line: now,
            interval: interval(),
            mode,
            bar,
        }
    }

    /// Counts `n` more done.
    pub fn inc(&mut self, n: u64) {
        self.done += n;
        match self.mode {
            Mode::Bar => {
                if let Some(b) = &self.bar {
                    b.set_position(self.done);
                }
            }
            Mode::Lines => {
                let now = Instant::now();
                if now.duration_since(self.last_line) >= self.interval {
                    self.last_line = now;
                    eprintln!("{}", self.line());
                }
            }
            Mode::Off => {}
        }
    }

    /// The plain progress line: `newsgraph load: 512/2,000 articles (25.6%), 250.3/s, ETA 6 s`.
    pub fn line(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let rate = self.done as f64 / secs;
        let (done, total, rate_text) = match self.unit {
            Unit::Items(what) => (
                self.done.to_string(),
                self.total
                    .map(|t| format!("/{t} {what}"))
                    .unwrap_or_else(|| format!(" {what}")),
                format!("{rate:.1}/s"),
            ),
            Unit::Bytes => (
                format!("{:.1}", self.done as f64 / 1e6),
                self.total
                    .map(|t| format!("/{:.1} MB", t as f64 / 1e6))
                    .unwrap_or_else(|| " MB".to_string()),
                format!("{:.1} MB/s", rate / 1e6),
            ),
        };
        let mut line = format!("newsgraph {}: {done}{total}", self.label);
        if let Some(t) = self.total.filter(|t| *t > 0) {
            line.push_str(&format!(" ({:.1}%)", 100.0 * self.done as f64 / t as f64));
        }
        line.push_str(&format!(", {rate_text}"));
        if let Some(t) = self.total
            && rate > 0.0
            && t >= self.done
        {
            line.push_str(&format!(", ETA {:.0} s", (t - self.done) as f64 / rate));
        }
        line
    }

    /// Removes the bar (the command then prints its summary).
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// A writer that counts the bytes written into a [`Progress`], and fails once Ctrl-C was pressed (so that
/// a long export stops; its unfinished output file is then removed, see [`super::output::Output`]).
pub struct CountingWriter<'a> {
    inner: &'a mut dyn std::io::Write,
    progress: Progress,
}

impl<'a> CountingWriter<'a> {
    /// Counts what goes to `inner` for the command `label`.
    pub fn new(label: &'static str, inner: &'a mut dyn std::io::Write) -> Self {
        CountingWriter {
            inner,
            progress: Progress::new(label, Unit::Bytes, None),
        }
    }
}

impl std::io::Write for CountingWriter<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if super::interrupt::interrupted() {
            // not ErrorKind::Interrupted, which write_all would retry
            return Err(std::io::Error::other("interrupted by Ctrl-C"));
        }
        let n = self.inner.write(buf)?;
        self.progress.inc(n as u64);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The number of records the inputs hold, for the bar's total: one per text or JSON file, one per
/// non-blank line of JSON Lines (and of files of no known extension, read as JSON Lines). `None` when it
/// cannot be known without reading the input (stdin) or the inputs cannot be listed (the command reports
/// that itself).
pub fn count_records(inputs: &[PathBuf]) -> Option<u64> {
    use newsgraph::ingest::Source;
    let mut total = 0u64;
    for source in newsgraph::ingest::sources(inputs).ok()? {
        let Source::File(path) = source else {
            return None;
        };
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        total += match ext.as_str() {
            "txt" | "md" | "json" => 1,
            _ => count_lines(&path)?,
        };
    }
    Some(total)
}

/// Non-blank lines of a file.
fn count_lines(path: &std::path::Path) -> Option<u64> {
    use std::io::BufRead;
    let file = std::fs::File::open(path).ok()?;
    let mut reader = std::io::BufReader::with_capacity(1 << 16, file);
    let mut count = 0u64;
    let mut blank = true;
    loop {
        let buf = reader.fill_buf().ok()?;
        if buf.is_empty() {
            break;
        }
        for &b in buf {
            if b == b'\n' {
                if !blank {
                    count += 1;
                }
                blank = true;
            } else if !b.is_ascii_whitespace() {
                blank = false;
            }
        }
        let n = buf.len();
        reader.consume(n);
    }
    if !blank {
        count += 1;
    }
    Some(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_records_as_ingest_reads_them() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "Some text.").unwrap();
        std::fs::write(dir.path().join("b.jsonl"), "{}\n\n  \n{}\n{}").unwrap();
        std::fs::write(dir.path().join("ignored.csv"), "x\ny\n").unwrap();
        assert_eq!(count_records(&[dir.path().to_path_buf()]), Some(4));
        assert_eq!(count_records(&[PathBuf::from("-")]), None);
    }

    #[test]
    fn the_plain_line_says_done_total_rate_and_eta() {
        let mut p = Progress::new("load", Unit::Items("articles"), Some(10));
        p.mode = Mode::Off;
        p.inc(5);
        let line = p.line();
        assert!(
            line.starts_with("newsgraph load: 5/10 articles (50.0%), "),
            "{line}"
        );
        assert!(line.contains("/s, ETA "), "{line}");
    }
}
