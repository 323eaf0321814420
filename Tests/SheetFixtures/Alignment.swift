/// Lines two lists up by equal keys (a longest common subsequence), pairing what lies between
/// matches position by position, so one glued or split row shows as one difference.
enum Alignment {
    enum Step: Equatable {
        case pair(Int, Int)
        case missing(Int)
        case extra(Int)
    }

    static func align(_ expected: [String], _ actual: [String]) -> [Step] {
        let n = expected.count, m = actual.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var steps: [Step] = []
        var pendingE: [Int] = [], pendingA: [Int] = []
        func flush() {
            for k in 0..<max(pendingE.count, pendingA.count) {
                if k < pendingE.count, k < pendingA.count { steps.append(.pair(pendingE[k], pendingA[k])) }
                else if k < pendingE.count { steps.append(.missing(pendingE[k])) }
                else { steps.append(.extra(pendingA[k])) }
            }
            pendingE = []
            pendingA = []
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, expected[i] == actual[j] {
                flush()
                steps.append(.pair(i, j))
                i += 1
                j += 1
            } else if j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                pendingE.append(i)
                i += 1
            } else {
                pendingA.append(j)
                j += 1
            }
        }
        flush()
        return steps
    }
}
