/// The XLIFF versions Bitext writes, and the namespaces that identify the versions it reads.
public enum XLIFFVersion: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case v2_1 = "2.1"
    case v2_0 = "2.0"
    case v1_2 = "1.2"

    /// The default of `bitext export`.
    public static let `default` = XLIFFVersion.v2_1

    /// XLIFF 2.1 kept the 2.0 core namespace; only the `version` attribute tells them apart.
    public var namespace: String { isVersion2 ? XLIFFNamespace.core2 : XLIFFNamespace.core12 }

    public var isVersion2: Bool { self != .v1_2 }

    public var description: String { rawValue }
}
