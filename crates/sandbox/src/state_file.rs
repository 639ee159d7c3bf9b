//! State files of the simulated suppliers: read whole at start, rewritten whole after each change
//! through a temporary file and a rename, so a crash leaves the old state or the new one, never
//! half of each.

use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The state in `file`, or the default state when the file does not exist yet.
pub fn read<T: DeserializeOwned + Default>(file: &Path) -> anyhow::Result<T> {
    match std::fs::read(file) {
        Ok(bytes) => serde_json::from_slice::<T>(&bytes)
            .map_err(|e| anyhow::anyhow!("the sandbox state {} is damaged: {e}", file.display())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(error) => Err(anyhow::anyhow!("the sandbox state {} cannot be read: {error}", file.display())),
    }
}

/// Writes `state` to `file` atomically.
pub fn write<T: Serialize>(file: &Path, state: &T) -> std::io::Result<()> {
    use std::io::Write;
    let bytes = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
    let temporary = file.with_extension("tmp");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    // Training bookings still hold names and phone numbers: this user's alone.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = options.open(&temporary)?;
    out.write_all(&bytes)?;
    out.sync_all()?;
    drop(out);
    std::fs::rename(&temporary, file)
}
