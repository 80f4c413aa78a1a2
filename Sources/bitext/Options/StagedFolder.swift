import BitextKit
import Foundation

/// Files written into a folder and made visible together: each is staged as a temporary file in
/// the folder (``StagedFile``), and ``commit()`` renames them into place in order. ``discard()``
/// removes them, and the folder too if this created it, so a failed run leaves things as they were.
///
/// A failure to stage does not throw at once: the command goes on, so that a failure of its own
/// is reported first, as it was when the files were written only at the end. ``commit()`` throws it.
final class StagedFolder {
    let path: String
    private var staged: [StagedFile] = []
    private var isCreated = false
    /// The folders this made, innermost first.
    private var created: [String] = []
    private var failure: (any Error)?

    init(path: String) {
        self.path = path
    }

    /// Writes `text` as the file `name` in the folder, to appear on ``commit()``.
    func stage(_ text: String, as name: String) {
        guard failure == nil else { return }
        do {
            if !isCreated {
                try create()
                isCreated = true
            }
            let file = try StagedFile(path: URL(fileURLWithPath: path, isDirectory: true).appendingPathComponent(name, isDirectory: false).path)
            staged.append(file)
            try file.write(text.utf8)
            try file.close()
        } catch {
            failure = error
        }
    }

    func commit() throws {
        if let failure { throw failure }
        if !isCreated {
            // Nothing to stage still makes the folder, as a run that writes into it would.
            try create()
            isCreated = true
        }
        for file in staged { try file.commit() }
        staged = []
        created = []
    }

    func discard() {
        for file in staged { file.discard() }
        staged = []
        for folder in created { rmdir(folder) }
        created = []
    }

    private func create() throws {
        var missing: [String] = []
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.path) {
            missing.append(folder.path)
            folder.deleteLastPathComponent()
        }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        created = missing
    }
}
