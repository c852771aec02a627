// A mock backend for `piral debug` and for the pilets debugged in this shell's emulator
// (`pilets.files` in piral.json hands this folder to every new pilet). Every *.js file in
// src/mocks answers requests before the app does: return `res({ statusCode, headers, content })`
// (or a promise of it) to answer, return nothing to let the next mock or the app answer.
// JSON files with `{ "request": {...}, "response": {...} }` and HAR recordings work here too;
// `.krasrc` can forward paths to a real backend: `{ "map": { "/api": "https://api.example.com" } }`.
const headers = { 'content-type': 'application/json' };

const posts = [
  { id: 1, title: 'A post from the mock backend', body: 'Edit src/mocks/backend.js to change it.' },
];

module.exports = function (_ctx, req, res) {
  if (req.method === 'GET' && req.url === '/api/posts') {
    return res({ headers, content: JSON.stringify(posts) });
  }

  if (req.method === 'GET' && req.url.startsWith('/api/posts/')) {
    const post = posts.find((p) => `/api/posts/${p.id}` === req.url);
    return res(post ? { headers, content: JSON.stringify(post) } : { statusCode: 404, headers, content: '{}' });
  }
};
