//! Stage times for profiling the bundler: with `PIRAL_TIMINGS=1`, [`mark`] writes the time
//! since the process started and since the last mark to stderr.

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
        "[timing] {:>7.1} ms  +{:>6.1} ms  cpu {} ms  {stage}",
        (now - clock.start).as_secs_f64() * 1e3,
        (now - *last).as_secs_f64() * 1e3,
        cpu_ms()
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
