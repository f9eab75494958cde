// Table-driven engine tests read from cases/*.cases (see cases/README.md):
// each line `LEFT  =>  EXPECTED` runs LEFT and compares the rendered result.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine_support.hpp"

using liverkg::engine::testing::TestDb;
namespace fs = std::filesystem;

namespace {

const std::string kArrow = " =>";   // an empty EXPECTED (no rows) may end the line
const fs::path kCasesDir = fs::path(LIVERKG_SOURCE_DIR) / "tests/unit/engine/cases";
const std::string kKnownBugs = "known_engine_bugs.cases";

std::string trim(const std::string& s) {
    auto b = s.find_first_not_of(" \t");
    auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

std::string one_line(std::string out) {
    while (!out.empty() && out.back() == '\n') out.pop_back();
    for (auto p = out.find('\n'); p != std::string::npos; p = out.find('\n', p)) out.replace(p, 1, "; ");
    return out;
}

// PROFILE's times differ from run to run: "time: 0.012 ms" reads "time: * ms".
std::string without_times(std::string plan) {
    for (auto p = plan.find("time: "); p != std::string::npos; p = plan.find("time: ", p + 6)) {
        auto end = plan.find(" ms", p);
        if (end != std::string::npos) plan.replace(p + 6, end - p - 6, "*");
    }
    return plan;
}

std::string plan_of(TestDb& db, const std::string& text) {
    try {
        return without_times(db.run(text).plan);
    } catch (const liverkg::ErrorException& e) {
        return "error: " + liverkg::engine::testing::show_error(e.error());
    }
}

// The modes of a case (cases/README.md): query:, stats:, graph-after:, plan:, or an expression.
std::string evaluate(TestDb& db, const std::string& left) {
    auto rest = [&](std::size_t n) { return trim(left.substr(n)); };
    if (starts_with(left, "query:")) return one_line(db.rows(rest(6)));
    if (starts_with(left, "stats:")) return db.stats(rest(6));
    if (starts_with(left, "plan:")) return one_line(plan_of(db, rest(5)));
    if (starts_with(left, "graph-after:")) {
        std::string outcome = db.error(rest(12));
        return db.counts() + (outcome == "no error" ? "" : " after error: " + outcome);
    }
    return one_line(db.value(left));
}

// Runs one file. `setup:` lines (before the cases) build the graph every case starts from.
void run_case_file(const fs::path& file) {
    std::ifstream in(file);
    REQUIRE(in.good());
    std::string setup, line;
    int line_no = 0, cases = 0;
    while (std::getline(in, line)) {
        ++line_no;
        std::string t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        if (t.rfind("setup:", 0) == 0) {
            setup += trim(t.substr(6)) + "\n";
            continue;
        }
        auto arrow = t.rfind(kArrow);
        INFO(file.filename().string() << ":" << line_no << ": " << t);
        CHECK(arrow != std::string::npos);
        if (arrow == std::string::npos) continue;
        TestDb db(setup);
        CHECK(evaluate(db, trim(t.substr(0, arrow))) == trim(t.substr(arrow + kArrow.size())));
        ++cases;
    }
    CHECK(cases > 0);
}

std::vector<fs::path> case_files(bool known_bugs) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(kCasesDir))
        if (entry.path().extension() == ".cases" && (entry.path().filename() == kKnownBugs) == known_bugs)
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("expression and query cases (cases/*.cases)", "[engine][cases]") {
    auto files = case_files(false);
    REQUIRE(files.size() >= 3);
    for (const auto& f : files) run_case_file(f);
}

// engine bug: every line of cases/known_engine_bugs.cases states the behaviour openCypher
// requires and the engine does not (yet) show; move a line out once the engine is fixed.
TEST_CASE("known engine bugs (cases/known_engine_bugs.cases)", "[engine][cases][!mayfail]") {
    if (!fs::exists(kCasesDir / kKnownBugs)) return;   // none known right now
    run_case_file(kCasesDir / kKnownBugs);
}
