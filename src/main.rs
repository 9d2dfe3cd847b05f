fn main() {
    careplanner::ui::start();
}
