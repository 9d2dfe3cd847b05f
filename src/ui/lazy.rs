//! Parts of the app that the release build (feature `split`) loads as wasm modules of their
//! own, after the first screen: the questions and the result (`ui::app_part`), and the screens
//! after the result (`ui::later`). Each part is a split point of `wasm_split_helpers`: one
//! function whose first call fetches the module of everything only it reaches, and which
//! returns function pointers into that module. Without the feature, as in every test, a part
//! is in the one module and always here.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::thread::LocalKey;

/// Loads a part's module and returns its entry points; `None` when the module could not be
/// had (the loader says why in the console).
pub type Load<T> = fn() -> Pin<Box<dyn Future<Output = Option<T>>>>;

pub struct Part<T: Copy + 'static> {
    /// The User Timing mark set when the module has arrived: `careplanner:<split point>`.
    pub mark: &'static str,
    /// The entry points once loaded (from the start, in a build without the feature).
    pub loaded: &'static LocalKey<Cell<Option<T>>>,
    pub load: Load<T>,
}

impl<T: Copy + 'static> Part<T> {
    /// The entry points, once their module is here.
    pub fn get(&'static self) -> Option<T> {
        self.loaded.get()
    }

    /// Makes the entry points available, loading their module if need be; `false` when it
    /// could not be had. Concurrent callers share one request (the loader's), and a failed
    /// load is tried afresh by the next call; the page's reducer asks for each part once at a
    /// time anyway (`page::Fetch`), so nothing here waits on anything but the loader.
    pub async fn ensure(&'static self) -> bool {
        if self.get().is_some() {
            return true;
        }
        let loaded = (self.load)().await;
        if loaded.is_some() {
            self.loaded.set(loaded);
            super::platform::mark(self.mark);
        }
        loaded.is_some()
    }

    /// Waits for the module, with the element `busy_id` marked busy while it is on its way,
    /// then runs `then` with whether it could be had.
    pub fn after(&'static self, busy_id: &'static str, then: impl FnOnce(bool) + 'static) {
        if self.get().is_some() {
            return then(true);
        }
        super::platform::set_busy(busy_id, true);
        wasm_bindgen_futures::spawn_local(async move {
            let ready = self.ensure().await;
            super::platform::set_busy(busy_id, false);
            then(ready);
        });
    }
}

/// Declares `static $name: Part<$ty>` whose entry points `$entry()` returns, as the split
/// point `$module` in the release build. `$entry` is called only from the split point, so
/// everything it reaches that the first module does not goes into the part's module.
macro_rules! part {
    ($(#[$doc:meta])* $name:ident: $ty:ty = $module:ident($entry:ident)) => {
        $(#[$doc])*
        pub static $name: $crate::ui::lazy::Part<$ty> = $crate::ui::lazy::Part {
            mark: concat!("careplanner:", stringify!($module)),
            loaded: &split_point::LOADED,
            load: split_point::load,
        };

        mod split_point {
            use super::*;
            use std::cell::Cell;
            use std::future::Future;
            use std::pin::Pin;

            #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
            thread_local! {
                pub static LOADED: Cell<Option<$ty>> = Cell::new(Some($entry()));
            }

            #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
            pub fn load() -> Pin<Box<dyn Future<Output = Option<$ty>>>> {
                Box::pin(async { Some($entry()) })
            }

            #[cfg(all(feature = "split", target_arch = "wasm32"))]
            thread_local! {
                pub static LOADED: Cell<Option<$ty>> = const { Cell::new(None) };
            }

            #[cfg(all(feature = "split", target_arch = "wasm32"))]
            #[wasm_split_helpers::wasm_split($module, fallible)]
            fn split() -> Result<$ty, wasm_split_helpers::SplitLoaderError> {
                Ok($entry())
            }

            #[cfg(all(feature = "split", target_arch = "wasm32"))]
            pub fn load() -> Pin<Box<dyn Future<Output = Option<$ty>>>> {
                Box::pin(async { split().await.ok() })
            }
        }
    };
}
pub(crate) use part;
