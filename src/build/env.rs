//! The environment every build gives its code (spec §6.1): `process.env.*` values that the
//! bundler inlines, and that `.codegen` modules read.

use std::collections::BTreeMap;

/// `(Date.prototype.toDateString(), toISOString())` of now, in UTC.
pub(crate) fn build_times() -> (String, String) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs();
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let (year, month, day) = civil_from_days(days);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        [usize::try_from(days.rem_euclid(7)).unwrap_or(0)];
    let month_name = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][month as usize - 1];
    let rest = secs % 86_400;
    let iso = format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rest / 3600,
        (rest % 3600) / 60,
        rest % 60,
        now.subsec_millis()
    );
    (format!("{weekday} {month_name} {day:02} {year}"), iso)
}

/// Days since 1970-01-01 to (year, month, day), after Howard Hinnant's algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = u32::try_from(doy - (153 * mp + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).unwrap_or(1);
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The variables of spec §6.1 for a project.
pub(crate) fn variables(name: &str, version: &str, node_env: &str) -> BTreeMap<String, String> {
    let (time, time_full) = build_times();
    BTreeMap::from([
        ("NODE_ENV".to_string(), node_env.to_string()),
        ("BUILD_TIME".to_string(), time),
        ("BUILD_TIME_FULL".to_string(), time_full),
        ("BUILD_PCKG_NAME".to_string(), name.to_string()),
        ("BUILD_PCKG_VERSION".to_string(), version.to_string()),
        (
            "PIRAL_CLI_VERSION".to_string(),
            crate::manifest::PIRAL_VERSION.to_string(),
        ),
    ])
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_417), (2025, 11, 25));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
    }
}
