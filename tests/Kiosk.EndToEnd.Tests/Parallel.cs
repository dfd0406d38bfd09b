// Each fixture has its own lobby (hub and kiosk on their own ports and clocks) and its own browser;
// one fixture alone keeps about one of the two cores busy, so two run at once.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
