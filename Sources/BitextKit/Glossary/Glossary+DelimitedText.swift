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
            var parser = Parser(separator: separator)
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

extension Glossary.DelimitedText {
    /// The state machine behind ``Glossary/DelimitedText``.
    private struct Parser {
        enum State { case cellStart, unquoted, quoted, afterClosingQuote }

        let separator: Unicode.Scalar
        var state = State.cellStart
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var cell = String.UnicodeScalarView()
        var cells: [String] = []
        var recordHasContent = false
        var records: [Record] = []

        init(separator: Unicode.Scalar) { self.separator = separator }

        mutating func consume(_ scalar: Unicode.Scalar, path: String) throws(GlossaryError) {
            recordHasContent = true
            switch state {
            case .cellStart:
                if scalar == "\"" {
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
                if scalar == "\"" { state = .afterClosingQuote } else { cell.append(scalar) }
            case .afterClosingQuote:
                if scalar == "\"" {
                    cell.append(scalar)
                    state = .quoted
                } else if scalar == separator {
                    endCell()
                } else if scalar == " " || scalar == "\t" {
                    break  // padding after a closing quote carries no data
                } else {
                    throw .textAfterClosingQuote(path: path, line: line)
                }
            }
        }

        mutating func consumeLineBreak(path: String) throws(GlossaryError) {
            if state == .quoted {
                cell.append("\n")
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
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
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
