// liverkg: the command line and interactive shell of the liver knowledge graph.
#include "repl/app.hpp"

int main(int argc, char** argv) { return liverkg::repl::run_app(argc, argv); }
