// Each fixture starts its own hubs (own data directory, own port, own clock): two run at once, one per core.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
