//! Opening the desk core for one command through [`desk::open`], the same way the app does: the
//! profile and (unless `--lang` says) the language the agent chose in Settings, the suppliers'
//! addresses (a running `desk sandbox` or the profile's), credentials from `DESK_*` variables
//! before the secret store, and the data directory's lock, held for the command.

use desk::secrets::{self, SecretStoreKind};
use desk::{AppPaths, Core, Profile, UrlOverrides};
use secrecy::SecretString;

use crate::args::Global;
use crate::input::Failure;

/// The core on the profile asked for, with the data directory's lock held for the command.
pub async fn open(global: &Global) -> Result<(Core, desk::lock::DataDirLock), Failure> {
    let paths = AppPaths::resolve().map_err(Failure::from)?;
    let profile = Profile::parse(&global.profile).map_err(|e| Failure::from(e).exit(2))?;
    paths.create().map_err(Failure::from)?;
    let lock = desk::lock::DataDirLock::acquire(&paths.data_dir).map_err(Failure::from)?;
    let mut overrides = UrlOverrides {
        ftbook: global.ftbook_url.clone(),
        fasttrak: global.fasttrak_url.clone(),
        tbo: global.tbo_url.clone(),
    };
    if let Some(root) = &global.sandbox_url {
        overrides = desk::open::under_sandbox(root, overrides);
    }
    let sandbox = desk::open::sandbox_for(profile, &paths, &overrides).await.map_err(Failure::from)?;
    let secrets = if profile == Profile::Sandbox {
        None
    } else {
        let passphrase =
            std::env::var("DESK_SECRETS_PASSPHRASE").ok().filter(|p| !p.is_empty()).map(SecretString::from);
        let chosen = secrets::choose(&paths.data_dir, passphrase.as_ref())
            .map_err(|e| Failure::from(desk::Error::from(e)))?;
        if chosen.store.is_none() && chosen.kind == SecretStoreKind::EncryptedFile {
            eprintln!("{}", crate::words::line(&desk::Said::new("cli-no-keychain")));
        }
        chosen.store
    };
    let core = desk::open::open(desk::open::Opening {
        paths,
        profile,
        language: Some(crate::words::language()),
        overrides,
        secrets,
        credentials_from_env: true,
        sandbox,
    })
    .map_err(Failure::from)?;
    Ok((core, lock))
}
