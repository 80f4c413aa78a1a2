extension Glossary {
    /// Splits CSV or TSV text into records of cells, following RFC 4180 quoting.
    ///
    /// A cell in double quotes may contain the separator, line breaks and doubled quotes
    /// (`""`). A quote inside an unquoted cell is kept as written, because hand-made TSV
    /// files often contain `5"` or `'s` and would otherwise fail to load. Works on Unicode
    /// scalars, not Characters, so that a combining mark after a quote cannot hide it.
    struct DelimitedText {
        struct Record: Hashable {
            /// The 1-based line the record starts on (a quoted line break makes it span more).
            var line: Int
            var cells: [String]
        }

        var records: [Record] = []

        init(_ text: String, separator: Unicode.Scalar, path: String) throws(GlossaryError) {
            if separator.isASCII {
                // Every character the parser acts on is ASCII, so the UTF-8 bytes can be read
                // directly: a byte of a multi-byte character is never one of them.
                var parser = Parser<[UInt8]>(separator: UInt8(separator.value))
                var bytes = text.utf8.makeIterator()
                var pending = bytes.next()
                while let byte = pending {
                    pending = bytes.next()
                    if byte == 0x0D {
                        if pending == 0x0A { pending = bytes.next() }
                        try parser.consumeLineBreak(path: path)
                    } else if byte == 0x0A {
                        try parser.consumeLineBreak(path: path)
                    } else {
                        try parser.consume(byte, path: path)
                    }
                }
                records = try parser.finish(path: path)
                return
            }
            var parser = Parser<String.UnicodeScalarView>(separator: separator)
            var scalars = text.unicodeScalars.makeIterator()
            var pending = scalars.next()
            while let scalar = pending {
                pending = scalars.next()
                if scalar == "\r" {
                    if pending == "\n" { pending = scalars.next() }
                    try parser.consumeLineBreak(path: path)
                } else if scalar == "\n" {
                    try parser.consumeLineBreak(path: path)
                } else {
                    try parser.consume(scalar, path: path)
                }
            }
            records = try parser.finish(path: path)
        }
    }
}

/// What a cell is built in: the Unicode scalars of a text, or its UTF-8 bytes.
protocol DelimitedTextCell {
    associatedtype Unit: Equatable
    init()
    mutating func append(_ unit: Unit)
    static var cellQuote: Unit { get }
    static var cellSpace: Unit { get }
    static var cellTab: Unit { get }
    static var cellLineFeed: Unit { get }
    var cellText: String { get }
}

extension String.UnicodeScalarView: DelimitedTextCell {
    static var cellQuote: Unicode.Scalar { "\"" }
    static var cellSpace: Unicode.Scalar { " " }
    static var cellTab: Unicode.Scalar { "\t" }
    static var cellLineFeed: Unicode.Scalar { "\n" }
    var cellText: String { String(self) }
}

extension [UInt8]: DelimitedTextCell {
    static var cellQuote: UInt8 { 0x22 }
    static var cellSpace: UInt8 { 0x20 }
    static var cellTab: UInt8 { 0x09 }
    static var cellLineFeed: UInt8 { 0x0A }
    var cellText: String { String(decoding: self, as: UTF8.self) }
}

extension Glossary.DelimitedText {
    /// The state machine behind ``Glossary/DelimitedText``.
    private struct Parser<Cell: DelimitedTextCell> {
        enum State { case cellStart, unquoted, quoted, afterClosingQuote }

        let separator: Cell.Unit
        var state = State.cellStart
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var cell = Cell()
        var cells: [String] = []
        var recordHasContent = false
        var records: [Record] = []

        init(separator: Cell.Unit) { self.separator = separator }

        mutating func consume(_ scalar: Cell.Unit, path: String) throws(GlossaryError) {
            recordHasContent = true
            switch state {
            case .cellStart:
                if scalar == Cell.cellQuote {
                    state = .quoted
                    quoteLine = line
                } else if scalar == separator {
                    endCell()
                } else {
                    cell.append(scalar)
                    state = .unquoted
                }
            case .unquoted:
                if scalar == separator { endCell() } else { cell.append(scalar) }
            case .quoted:
                if scalar == Cell.cellQuote { state = .afterClosingQuote } else { cell.append(scalar) }
            case .afterClosingQuote:
                if scalar == Cell.cellQuote {
                    cell.append(scalar)
                    state = .quoted
                } else if scalar == separator {
                    endCell()
                } else if scalar == Cell.cellSpace || scalar == Cell.cellTab {
                    break  // padding after a closing quote carries no data
                } else {
                    throw .textAfterClosingQuote(path: path, line: line)
                }
            }
        }

        mutating func consumeLineBreak(path: String) throws(GlossaryError) {
            if state == .quoted {
                cell.append(Cell.cellLineFeed)
                line += 1
                return
            }
            endRecord()
            line += 1
            recordLine = line
        }

        mutating func finish(path: String) throws(GlossaryError) -> [Record] {
            if state == .quoted { throw .unterminatedQuote(path: path, line: quoteLine) }
            endRecord()
            return records
        }

        private mutating func endCell() {
            cells.append(cell.cellText)
            cell = Cell()
            state = .cellStart
        }

        private mutating func endRecord() {
            if recordHasContent {
                endCell()
                records.append(Record(line: recordLine, cells: cells))
            } else {
                // An empty line still occupies a line number but holds no record.
                state = .cellStart
            }
            cells = []
            recordHasContent = false
        }
    }
}
