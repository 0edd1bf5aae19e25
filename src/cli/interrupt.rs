//! Ctrl-C: the first one asks the running command to stop at the next article boundary (it then commits
//! what it has, says so and exits with status 130); a second one ends the process at once.

use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Exit status of a command stopped by Ctrl-C (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: u8 = 130;

/// The error a command returns when it stopped early on Ctrl-C, after reporting what it committed.
#[derive(Debug, thiserror::Error)]
#[error("interrupted (Ctrl-C)")]
pub struct Interrupted;

/// Whether Ctrl-C was pressed.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Catches Ctrl-C (SIGINT) from now on: the handler is registered before this returns, and waits in a
/// thread of its own.
pub fn install() {
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("newsgraph: warning: cannot catch Ctrl-C: {e}");
            return;
        }
    };
    #[cfg(unix)]
    let signal = {
        use tokio::signal::unix::{SignalKind, signal};
        match rt.block_on(async { signal(SignalKind::interrupt()) }) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("newsgraph: warning: cannot catch Ctrl-C: {e}");
                return;
            }
        }
    };
    let spawned = std::thread::Builder::new()
        .name("ctrl-c".into())
        .spawn(move || {
            rt.block_on(async move {
                #[cfg(unix)]
                let mut signal = signal;
                #[cfg(unix)]
                let mut next = async || signal.recv().await.is_some();
                #[cfg(not(unix))]
                let next = async || tokio::signal::ctrl_c().await.is_ok();
                if !next().await {
                    return;
                }
                INTERRUPTED.store(true, Ordering::SeqCst);
                eprintln!(
                    "\nnewsgraph: Ctrl-C: stopping after the article in hand (Ctrl-C again to abort at once)"
                );
                if next().await {
                    std::process::exit(i32::from(EXIT_INTERRUPTED));
                }
            });
        });
    if let Err(e) = spawned {
        eprintln!("newsgraph: warning: cannot catch Ctrl-C: {e}");
    }
}
