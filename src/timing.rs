//! Stage times for profiling the bundler: with `PIRAL_TIMINGS=1`, [`mark`] writes to stderr the
//! time since the process started and since the last mark, the CPU time and resident memory.

use std::sync::{Mutex, OnceLock};
use std::time::Instant;

struct Clock {
    start: Instant,
    last: Mutex<Instant>,
}

fn clock() -> Option<&'static Clock> {
    static CLOCK: OnceLock<Option<Clock>> = OnceLock::new();
    CLOCK
        .get_or_init(|| {
            std::env::var_os("PIRAL_TIMINGS").map(|_| Clock {
                start: Instant::now(),
                last: Mutex::new(Instant::now()),
            })
        })
        .as_ref()
}

/// Notes that `stage` just ended.
#[allow(clippy::print_stderr)]
pub(crate) fn mark(stage: &str) {
    let Some(clock) = clock() else { return };
    let now = Instant::now();
    let mut last = clock.last.lock().unwrap_or_else(|e| e.into_inner());
    eprintln!(
        "[timing] {:>7.1} ms  +{:>6.1} ms  cpu {} ms  {}  {stage}",
        (now - clock.start).as_secs_f64() * 1e3,
        (now - *last).as_secs_f64() * 1e3,
        cpu_ms(),
        memory()
    );
    *last = now;
}

/// User and system time of the process so far (Linux; nothing elsewhere).
fn cpu_ms() -> String {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return String::new();
    };
    // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let tick = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
            * 10
    };
    format!("{}+{}", tick(11), tick(12))
}

/// Resident memory now and at its peak so far (Linux; nothing elsewhere).
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().strip_suffix(" kB"))
            .and_then(|kb| kb.trim().parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    format!("rss {} MB (peak {} MB)", field("VmRSS:"), field("VmHWM:"))
}
