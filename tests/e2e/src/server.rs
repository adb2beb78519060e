//! A tiny static file server for `dist/`, mounted under a sub-path.
//!
//! * binds `127.0.0.1:0`, one thread per connection, `Connection: close`;
//! * serves `<root>/<rest>` for `GET`/`HEAD <prefix><rest>`; a directory (a
//!   path ending in `/`) serves its `index.html`;
//! * `<prefix>` without the trailing slash redirects (301) to `<prefix>`;
//! * everything else is a 404, `..` segments are refused;
//! * every request is recorded (method, path, status) so tests can assert
//!   what the browser asked for.
//!
//! Files are read from disk on each request (no caching, `Cache-Control:
//! no-store`), so a rebuilt `dist/` is picked up at once.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// One request the server answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedRequest {
    /// `GET`, `HEAD`, …
    pub method: String,
    /// The request target's path (query string removed, not decoded).
    pub path: String,
    /// The status code sent.
    pub status: u16,
}

impl std::fmt::Display for ServedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} -> {}", self.method, self.path, self.status)
    }
}

/// The running server. Dropping it stops the accept loop.
pub struct Server {
    addr: SocketAddr,
    prefix: String,
    root: PathBuf,
    log: Arc<Mutex<Vec<ServedRequest>>>,
    stop: Arc<AtomicBool>,
    /// While set, every connection is closed unanswered (see [`Server::set_offline`]).
    offline: Arc<AtomicBool>,
    refused: Arc<AtomicUsize>,
    thread: Option<JoinHandle<()>>,
}

/// Content-Type by file extension.
pub fn content_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

impl Server {
    /// Serve `root` under `prefix` (which must start and end with `/`).
    pub fn start(root: &Path, prefix: &str) -> io::Result<Server> {
        assert!(
            prefix.starts_with('/') && prefix.ends_with('/'),
            "prefix must start and end with '/': {prefix:?}"
        );
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let offline = Arc::new(AtomicBool::new(false));
        let refused = Arc::new(AtomicUsize::new(0));
        let (offline_flag, refused_count) = (Arc::clone(&offline), Arc::clone(&refused));
        let ctx = Arc::new(Handler {
            root: root.to_path_buf(),
            prefix: prefix.to_string(),
            log: Arc::clone(&log),
        });
        let stop_flag = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name(format!("e2e-static-server-{}", addr.port()))
            .spawn(move || {
                for conn in listener.incoming() {
                    if stop_flag.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = conn else { continue };
                    if offline_flag.load(Ordering::SeqCst) {
                        refused_count.fetch_add(1, Ordering::SeqCst);
                        drop(stream);
                        continue;
                    }
                    let ctx = Arc::clone(&ctx);
                    let _ = std::thread::Builder::new()
                        .name("e2e-static-conn".into())
                        .spawn(move || {
                            let _ = ctx.handle(stream);
                        });
                }
            })?;
        Ok(Server {
            addr,
            prefix: prefix.to_string(),
            root: root.to_path_buf(),
            log,
            stop,
            offline,
            refused,
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:<port>` (no trailing slash) — the page's origin.
    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// `http://127.0.0.1:<port>/raadgivning/ressourceguiden/`.
    pub fn base_url(&self) -> String {
        format!("{}{}", self.origin(), self.prefix)
    }

    /// The sub-path served, e.g. `/raadgivning/ressourceguiden/`.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The directory served.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Every request answered so far, in arrival order.
    pub fn requests(&self) -> Vec<ServedRequest> {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Go dark (or come back): while offline, every connection is closed at once with no answer, as if the
    /// network were gone. Unlike the browser's own network emulation this also reaches a service worker.
    pub fn set_offline(&self, offline: bool) {
        self.offline.store(offline, Ordering::SeqCst);
    }

    /// How many connections were closed unanswered while offline.
    pub fn refused(&self) -> usize {
        self.refused.load(Ordering::SeqCst)
    }

    /// Forget the recorded requests.
    pub fn clear_requests(&self) {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

struct Handler {
    root: PathBuf,
    prefix: String,
    log: Arc<Mutex<Vec<ServedRequest>>>,
}

struct Response {
    status: u16,
    reason: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    fn text(status: u16, reason: &'static str, body: &str) -> Response {
        Response {
            status,
            reason,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
            body: body.as_bytes().to_vec(),
        }
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

impl Handler {
    fn handle(&self, stream: TcpStream) -> io::Result<()> {
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        let mut reader = BufReader::new(stream.try_clone()?);
        let mut request_line = String::new();
        if reader.read_line(&mut request_line)? == 0 {
            return Ok(()); // connection opened and closed (e.g. the shutdown wake-up)
        }
        // Drain the headers; the body (none for GET/HEAD) is ignored.
        let mut header = String::new();
        let mut header_bytes = 0usize;
        loop {
            header.clear();
            let n = reader.read_line(&mut header)?;
            header_bytes += n;
            if n == 0 || header == "\r\n" || header == "\n" || header_bytes > 64 * 1024 {
                break;
            }
        }

        let mut parts = request_line.split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let target = parts.next().unwrap_or("").to_string();
        let path = target
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_string();

        let response = self.respond(&method, &path);
        self.log
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(ServedRequest {
                method: method.clone(),
                path,
                status: response.status,
            });

        let mut out = stream;
        let mut head = format!("HTTP/1.1 {} {}\r\n", response.status, response.reason);
        for (k, v) in &response.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
            response.body.len()
        ));
        out.write_all(head.as_bytes())?;
        if method != "HEAD" {
            out.write_all(&response.body)?;
        }
        out.flush()
    }

    fn respond(&self, method: &str, path: &str) -> Response {
        if method != "GET" && method != "HEAD" {
            return Response::text(405, "Method Not Allowed", "method not allowed\n");
        }
        if path == self.prefix.trim_end_matches('/') {
            let mut r = Response::text(301, "Moved Permanently", "moved\n");
            r.headers.push(("Location", self.prefix.clone()));
            return r;
        }
        let Some(rest) = path.strip_prefix(self.prefix.as_str()) else {
            return Response::text(404, "Not Found", "not found (outside the sub-path)\n");
        };
        let Some(rest) = percent_decode(rest) else {
            return Response::text(400, "Bad Request", "bad percent-encoding\n");
        };
        if rest
            .split('/')
            .any(|seg| seg == ".." || seg == "." || seg.contains('\\'))
        {
            return Response::text(404, "Not Found", "not found\n");
        }
        let mut file = self.root.join(&rest);
        if rest.is_empty() || rest.ends_with('/') {
            file = file.join("index.html");
        }
        if !file.is_file() {
            return Response::text(404, "Not Found", "not found\n");
        }
        match std::fs::read(&file) {
            Ok(body) => Response {
                status: 200,
                reason: "OK",
                headers: vec![("Content-Type", content_type(&file).to_string())],
                body,
            },
            Err(_) => Response::text(500, "Internal Server Error", "read error\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::TempDir;
    use std::io::Read;

    fn get(server: &Server, path: &str) -> (u16, String, Vec<u8>) {
        let mut s = TcpStream::connect(server.addr).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8(raw[..split].to_vec()).unwrap();
        let status = head[9..12].parse().unwrap();
        (status, head, raw[split + 4..].to_vec())
    }

    #[test]
    fn serves_only_under_the_sub_path_with_content_types() {
        let tmp = TempDir::new("rg-e2e-server-test").unwrap();
        let root = tmp.path().join("www");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("index.html"), "<!doctype html>hi").unwrap();
        std::fs::write(root.join("app-1.wasm"), b"\0asm").unwrap();
        std::fs::write(root.join("app-1.js"), "x").unwrap();
        std::fs::write(root.join("sub/site.webmanifest"), "{}").unwrap();
        std::fs::write(tmp.path().join("secret.txt"), "no").unwrap();
        let server = Server::start(&root, "/raadgivning/ressourceguiden/").unwrap();

        let (st, head, body) = get(&server, "/raadgivning/ressourceguiden/");
        assert_eq!(st, 200);
        assert!(head.contains("Content-Type: text/html"), "{head}");
        assert_eq!(body, b"<!doctype html>hi");

        let (st, head, _) = get(&server, "/raadgivning/ressourceguiden/app-1.wasm?v=1");
        assert_eq!(st, 200);
        assert!(head.contains("Content-Type: application/wasm"), "{head}");

        let (st, head, _) = get(&server, "/raadgivning/ressourceguiden/app-1.js");
        assert_eq!(st, 200);
        assert!(head.contains("Content-Type: text/javascript"), "{head}");

        let (st, head, _) = get(&server, "/raadgivning/ressourceguiden/sub/site.webmanifest");
        assert_eq!(st, 200);
        assert!(head.contains("application/manifest+json"), "{head}");

        let (st, _, _) = get(&server, "/raadgivning/ressourceguiden/index.html");
        assert_eq!(st, 200);
        let (st, head, _) = get(&server, "/raadgivning/ressourceguiden");
        assert_eq!(st, 301);
        assert!(head.contains("Location: /raadgivning/ressourceguiden/"));
        assert_eq!(get(&server, "/index.html").0, 404);
        assert_eq!(get(&server, "/app-1.wasm").0, 404);
        assert_eq!(get(&server, "/raadgivning/ressourceguiden/nope.js").0, 404);
        assert_eq!(
            get(&server, "/raadgivning/ressourceguiden/../secret.txt").0,
            404
        );
        assert_eq!(
            get(&server, "/raadgivning/ressourceguiden/%2e%2e/secret.txt").0,
            404
        );

        let log = server.requests();
        assert_eq!(log.len(), 11);
        assert_eq!(log[1].path, "/raadgivning/ressourceguiden/app-1.wasm");
        assert_eq!(log[6].status, 404);
        server.clear_requests();
        assert!(server.requests().is_empty());
    }
}
