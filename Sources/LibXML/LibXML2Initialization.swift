internal import CLibXML2

/// libxml2 wants `xmlInitParser()` once, before it is used from several threads.
///
/// A global `let` is initialised exactly once, thread-safely, on first use. We never call
/// `xmlCleanupParser()`: its state is process-wide and shared with FoundationXML.
private let libXML2IsInitialized: Void = xmlInitParser()

/// Call before the first libxml2 call of every entry point.
func ensureLibXML2IsInitialized() {
    _ = libXML2IsInitialized
}
