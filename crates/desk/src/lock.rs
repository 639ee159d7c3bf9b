//! One process owns a data directory: the app or one `desk` command. Two processes on one
//! history would settle each other's attempts (one's start-up reconciliation taking the other's
//! in-flight booking for a killed one) and rewrite each other's secrets. The lock is an
//! exclusive OS file lock on `desk.lock`, released when the process ends, however it ends
//! (kill -9 included), so a stale lock never blocks anyone.
//!
//! Ownership is per process: a second holder in the process that already owns the directory
//! shares the lock (the app replaces its core on a profile switch; tests restart the shell in
//! one process), and the OS lock goes when the last holder does.

use std::collections::HashMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, Weak};

use crate::{Error, Result};

/// The lock file's name in the data directory.
pub const LOCK_FILE: &str = "desk.lock";

/// The locks this process holds, by lock file.
static HELD: LazyLock<Mutex<HashMap<PathBuf, Weak<File>>>> = LazyLock::new(Mutex::default);

/// The data directory's lock, held for as long as this value (or another holder in this
/// process) lives.
#[derive(Debug, Clone)]
pub struct DataDirLock {
    _file: Arc<File>,
    path: PathBuf,
}

impl DataDirLock {
    /// Takes the lock of `data_dir`, or says that another process holds it.
    pub fn acquire(data_dir: &Path) -> Result<Self> {
        let path = data_dir.join(LOCK_FILE);
        let mut held = HELD.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(file) = held.get(&path).and_then(Weak::upgrade) {
            return Ok(DataDirLock { _file: file, path });
        }
        let io = |source| Error::Io { action: "desk-io-open-lock", path: path.clone(), source };
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&path).map_err(io)?;
        match file.try_lock() {
            Ok(()) => {
                let file = Arc::new(file);
                held.insert(path.clone(), Arc::downgrade(&file));
                Ok(DataDirLock { _file: file, path })
            }
            Err(TryLockError::WouldBlock) => Err(Error::Busy { dir: data_dir.to_owned() }),
            Err(TryLockError::Error(source)) => Err(io(source)),
        }
    }

    /// Takes the lock, waiting up to `patience` while another process holds it: one that is
    /// ending (an app closed and started again at once) lets go within moments.
    pub fn acquire_within(data_dir: &Path, patience: std::time::Duration) -> Result<Self> {
        let until = std::time::Instant::now() + patience;
        loop {
            match DataDirLock::acquire(data_dir) {
                Err(Error::Busy { .. }) if std::time::Instant::now() < until => {
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                other => return other,
            }
        }
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_let_go_of_meanwhile_is_taken_and_one_held_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(LOCK_FILE);
        let other = OpenOptions::new().create(true).truncate(false).write(true).open(&path).unwrap();
        other.try_lock().unwrap();
        let patience = std::time::Duration::from_millis(300);
        assert!(matches!(DataDirLock::acquire_within(dir.path(), patience), Err(Error::Busy { .. })));
        let letting_go = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(150));
            drop(other);
        });
        assert!(DataDirLock::acquire_within(dir.path(), std::time::Duration::from_secs(5)).is_ok());
        letting_go.join().unwrap();
    }

    #[test]
    fn shared_within_the_process_and_free_when_its_last_holder_ends() {
        let dir = tempfile::tempdir().unwrap();
        let first = DataDirLock::acquire(dir.path()).expect("the first takes it");
        let second = DataDirLock::acquire(dir.path()).expect("this process owns it already");
        drop(first);
        // Another open file description (as another process has) is refused while one holds it.
        let other = File::options().write(true).open(second.path()).unwrap();
        assert!(matches!(other.try_lock(), Err(TryLockError::WouldBlock)), "still held by the second");
        drop(second);
        assert!(other.try_lock().is_ok(), "free once the last holder is gone");
    }
}
