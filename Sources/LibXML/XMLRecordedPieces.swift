/// Replays an element recorded in pieces, taking each next piece from the reader as the one
/// before runs out: a large element streams through, a piece at a time.
public final class XMLRecordedPieces: XMLEventSource {
    private let reader: XMLReader
    private let replay: XMLEventReplay
    private var isComplete: Bool

    /// `first` is the piece that starts the element, the last recording `reader` handed out.
    public init(first: XMLEventRecording, reader: XMLReader) {
        self.reader = reader
        replay = XMLEventReplay(first)
        isComplete = first.endsElement
    }

    public func next() throws -> XMLEvent? {
        while true {
            if let event = replay.next() { return event }
            guard !isComplete, let piece = try reader.nextRecording() else { return nil }
            replay.continue(with: piece)
            isComplete = piece.endsElement
        }
    }

    // skipElement: the protocol's, event by event, which goes on into the next pieces; the
    // replay's skips bytes within one piece only.
}
