import ArgumentParser

/// The formats of `segment` and `align`.
enum OutlineFormat: String, ExpressibleByArgument, CaseIterable {
    case outline, json
}
