//! A chromedriver process on a free loopback port; killed on drop.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::{E2eError, E2eResult};

/// A running chromedriver. Each [`crate::Browser`] starts its own, so tests
/// running in parallel never share a driver, a port or a browser profile.
pub struct ChromeDriver {
    child: Child,
    port: u16,
    log_path: PathBuf,
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// `GET /status` answered with `"ready": true`.
fn is_ready(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_millis(200)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if write!(
        s,
        "GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .is_err()
    {
        return false;
    }
    let mut body = String::new();
    let _ = s.read_to_string(&mut body);
    body.contains("\"ready\":true") || body.contains("\"ready\": true")
}

impl ChromeDriver {
    /// Start chromedriver (see [`crate::env::chromedriver_bin`]) on a free
    /// port, logging to `<log_dir>/chromedriver-<port>.log`, and wait until
    /// it reports ready. Retries with a new port if the port was taken in
    /// the meantime.
    pub fn start(log_dir: &Path) -> E2eResult<ChromeDriver> {
        let bin = crate::env::chromedriver_bin();
        let mut failures = Vec::new();
        for _attempt in 0..3 {
            let port = free_port()?;
            let log_path = log_dir.join(format!("chromedriver-{port}.log"));
            let child = Command::new(&bin)
                .arg(format!("--port={port}"))
                .arg(format!("--log-path={}", log_path.display()))
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| E2eError::msg(format!("could not start {bin}: {e}")))?;
            let mut driver = ChromeDriver {
                child,
                port,
                log_path,
            };
            let deadline = Instant::now() + Duration::from_secs(20);
            loop {
                if is_ready(port) {
                    return Ok(driver);
                }
                if let Ok(Some(status)) = driver.child.try_wait() {
                    failures.push(format!(
                        "port {port}: chromedriver exited with {status}\n{}",
                        driver.log_tail(20)
                    ));
                    break;
                }
                if Instant::now() > deadline {
                    failures.push(format!(
                        "port {port}: chromedriver not ready after 20 s\n{}",
                        driver.log_tail(20)
                    ));
                    break;
                }
                // Process start-up, not a UI wait: a short poll is the only option.
                std::thread::sleep(Duration::from_millis(25));
            }
        }
        crate::bail!("could not start chromedriver:\n{}", failures.join("\n"))
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The port chromedriver listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The last `lines` lines of chromedriver's log, for error messages.
    pub fn log_tail(&self, lines: usize) -> String {
        match std::fs::read_to_string(&self.log_path) {
            Ok(text) => {
                let all: Vec<&str> = text.lines().collect();
                let start = all.len().saturating_sub(lines);
                format!(
                    "--- {} (last {} lines) ---\n{}",
                    self.log_path.display(),
                    all.len() - start,
                    all[start..].join("\n")
                )
            }
            Err(e) => format!("(no chromedriver log at {}: {e})", self.log_path.display()),
        }
    }
}

/// All descendants of `root` (children, grandchildren, …) from `/proc`.
fn descendants(root: u32) -> Vec<u32> {
    let mut parent_of = Vec::new();
    if let Ok(dir) = std::fs::read_dir("/proc") {
        for entry in dir.flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
                continue;
            };
            // "<pid> (<comm>) <state> <ppid> …"; comm may contain spaces.
            let ppid = stat
                .rsplit_once(')')
                .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                .and_then(|p| p.parse::<u32>().ok());
            if let Some(ppid) = ppid {
                parent_of.push((pid, ppid));
            }
        }
    }
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let p = found[i];
        for &(pid, ppid) in &parent_of {
            if ppid == p && !found.contains(&pid) {
                found.push(pid);
            }
        }
        i += 1;
    }
    found.remove(0);
    found
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        // A session that was quit has already closed Chromium. One that was
        // not (a failed or panicking test) still has Chromium running as a
        // child of chromedriver, and killing chromedriver alone would orphan
        // it: SIGKILL chromedriver and every descendant, by pid.
        let mut pids = descendants(self.child.id());
        pids.push(self.child.id());
        let _ = Command::new("kill")
            .arg("-KILL")
            .args(pids.iter().map(|p| p.to_string()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
