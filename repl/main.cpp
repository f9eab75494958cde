// Temporary during bring-up: replaced by the command-line front end.
int main() { return 2; }
