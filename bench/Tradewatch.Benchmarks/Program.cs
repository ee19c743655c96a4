using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Tradewatch.Benchmarks.DutyQueryBenchmarks).Assembly).Run(args);
