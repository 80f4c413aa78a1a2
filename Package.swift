// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Bitext",
    products: [
        .executable(name: "bitext", targets: ["bitext"]),
        .library(name: "BitextKit", targets: ["BitextKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),
        .target(
            name: "BitextKit", dependencies: ["LibXML"],
            // Sentence segmentation calls the toolchain's ICU directly (Segmentation/SRXExpression.swift).
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "bitext",
            dependencies: [
                "BitextKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "BitextKitTests", dependencies: ["BitextKit"]),
        .testTarget(name: "bitextTests", dependencies: ["BitextKit", "bitext"], exclude: ["Data"]),
    ]
)
