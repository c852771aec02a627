//! Small edits of the HTML pages a release writes (its `<head>` and meta tags), shared by the
//! release's policy and worker and by the pages `piral publish --env` writes.

/// Where an element goes first in `<head>`: after its `<meta charset>` when it has one (that
/// tag must come early), else right after `<head …>`; at the start of a page without a head.
fn head_start(page: &str) -> usize {
    let lower = page.to_ascii_lowercase();
    let head = ["<head>", "<head "]
        .iter()
        .filter_map(|open| lower.find(open))
        .min()
        .and_then(|start| lower[start..].find('>').map(|end| start + end + 1));
    let Some(head) = head else {
        return 0;
    };
    let head_end = lower[head..]
        .find("</head>")
        .map_or(lower.len(), |e| head + e);
    match lower[head..head_end].find("<meta charset") {
        Some(charset) => lower[head + charset..]
            .find('>')
            .map_or(head, |end| head + charset + end + 1),
        None => head,
    }
}

/// Inserts `tag` as an early element of `<head>` (see [`head_start`]).
pub(crate) fn insert_in_head(page: &mut String, tag: &str) {
    let at = head_start(page);
    page.insert_str(at, &format!("\n  {tag}"));
}

/// The `content` of the page's `<meta name="…">` (or `http-equiv`) tag, unescaped.
pub(crate) fn meta_content(page: &str, attribute: &str, name: &str) -> Option<String> {
    let (start, end) = meta_span(page, attribute, name)?;
    let tag = &page[start..end];
    let content = tag.split("content=\"").nth(1)?.split('"').next()?;
    Some(content.replace("&quot;", "\"").replace("&amp;", "&"))
}

/// Sets the `content` of `<meta attribute="name">`, adding the tag when the page has none.
pub(crate) fn set_meta(page: &mut String, attribute: &str, name: &str, content: &str) {
    let escaped = content.replace('&', "&amp;").replace('"', "&quot;");
    let tag = format!("<meta {attribute}=\"{name}\" content=\"{escaped}\">");
    match meta_span(page, attribute, name) {
        Some((start, end)) => page.replace_range(start..end, &tag),
        None => insert_in_head(page, &tag),
    }
}

/// Where `<meta attribute="name" …>` is in `page`.
fn meta_span(page: &str, attribute: &str, name: &str) -> Option<(usize, usize)> {
    let at = page.find(&format!("{attribute}=\"{name}\""))?;
    let start = page[..at].rfind("<meta")?;
    let end = at + page[at..].find('>')? + 1;
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_metas_and_headers() {
        let mut page =
            "<html><head><meta charset=\"UTF-8\"><title>x</title></head><body><header>h</header></body></html>"
                .to_string();
        insert_in_head(&mut page, "<base href=\"../\">");
        assert!(
            page.starts_with("<html><head><meta charset=\"UTF-8\">\n  <base href=\"../\"><title>"),
            "after the charset: {page}"
        );
        let mut bare = "<body><header>h</header></body>".to_string();
        insert_in_head(&mut bare, "<meta name=\"a\" content=\"b\">");
        assert!(bare.starts_with("\n  <meta"), "not inside <header>: {bare}");

        set_meta(
            &mut page,
            "name",
            "piral-feed",
            "https://f.example/?a=1&b=\"2\"",
        );
        assert_eq!(
            meta_content(&page, "name", "piral-feed").as_deref(),
            Some("https://f.example/?a=1&b=\"2\"")
        );
        set_meta(&mut page, "name", "piral-feed", "/other.json");
        assert_eq!(page.matches("piral-feed").count(), 1, "{page}");
        assert_eq!(
            meta_content(&page, "name", "piral-feed").as_deref(),
            Some("/other.json")
        );
    }
}
