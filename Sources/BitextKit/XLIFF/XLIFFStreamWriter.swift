/// Writes an XLIFF document one `<file>` at a time, so that an export of any size holds only the
/// files still to be written.
///
/// The bytes are those ``XLIFFDocument/serialized()`` gives for the document with the same files.
final class XLIFFStreamWriter {
    /// The document's version, languages and root attributes; its files are not written.
    private let header: XLIFFDocument
    private let out: XLIFFMarkupWriter
    private var filesWritten = 0

    /// Writes the XML declaration and the opening `<xliff>` tag to `sink`.
    init(header: XLIFFDocument, sink: @escaping ([UInt8]) throws -> Void) throws {
        self.header = header
        out = XLIFFMarkupWriter(sink: sink)
        if header.version.isVersion2 {
            try XLIFF2Writer().writeStart(of: header, to: out)
        } else {
            try XLIFF12Writer().writeStart(of: header, to: out)
        }
    }

    func write(_ file: XLIFFFile) throws {
        filesWritten += 1
        if header.version.isVersion2 {
            try XLIFF2Writer().write(file, number: filesWritten, to: out)
        } else {
            try XLIFF12Writer().write(file, in: header, to: out)
        }
    }

    /// Closes `<xliff>` and flushes the rest to the sink.
    func finish() throws {
        try out.close()
        try out.finish()
    }
}
