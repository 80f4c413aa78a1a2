extension Int {
    /// Thousands separated by commas, as both Korean and English releases write them (for
    /// counts, which are never negative): 45000 → "45,000".
    var grouped: String {
        let digits = Array(String(self))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
