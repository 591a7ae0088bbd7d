using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using Employment.Core.Data;
using Employment.Core.Interchange;
using Employment.Core.Matching;
using Employment.Core.Reference;
using Employment.Matching;
using Employment.Matching.Candidates;
using Employment.Matching.Data;
using Employment.Matching.Features;
using Employment.Matching.Input;
using Employment.Matching.Labels;
using Employment.Matching.Scoring;
using Employment.Matching.Training;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Cli;

/// <summary>
/// "benchmark ranker": training time, batch scoring throughput and the Matches page's latency on this machine,
/// against the goals in issue 4. A synthetic dataset is generated, and imported into a database of its own that is
/// dropped at the end.
/// </summary>
internal static class RankerBenchmark
{
    /// <summary>Issue 4 asked for 250,000; issue 18 asks for 300,000 with the richer features.</summary>
    public const double ThroughputGoal = 300_000;
    public const double PageP95GoalMs = 50;

    /// <summary>
    /// Tiered JIT recompiles the page's hot methods in the background over its first hundred or so runs; timed then, the
    /// page is charged for the compiler (measured: twice the CPU per page, decision 0026) rather than for its own code.
    /// </summary>
    public const int DefaultWarmUp = 100;

    public static Command Create()
    {
        var trainingPairs = new Option<int>("--training-pairs") { Description = "Labelled pairs to train on.", DefaultValueFactory = _ => 100_000 };
        var scoringPairs = new Option<int>("--scoring-pairs") { Description = "Pairs to score in batch.", DefaultValueFactory = _ => 1_000_000 };
        var opportunities = new Option<int>("--opportunities") { Description = "Open opportunities near the person on the page.", DefaultValueFactory = _ => 50_000 };
        var runs = new Option<int>("--runs") { Description = "Timed page runs after the warm-up.", DefaultValueFactory = _ => 50 };
        var warmUp = new Option<int>("--warm-up")
        {
            Description = "Untimed page runs first, so the page's code runs as the JIT finally compiles it, as in a site that has served pages for a while.",
            DefaultValueFactory = _ => DefaultWarmUp,
        };
        var database = new BenchmarkDatabase.Options();
        var command = new Command("ranker", "Time ranker training, batch scoring and ranking one person's Matches page against many open opportunities.");
        command.Options.Add(trainingPairs);
        command.Options.Add(scoringPairs);
        command.Options.Add(opportunities);
        command.Options.Add(runs);
        command.Options.Add(warmUp);
        database.AddTo(command);
        command.Options.Add(Database.ConnectionOption);
        command.SetAction(async (parse, ct) =>
        {
            var serverConnection = Database.ConnectionString(parse);
            await using var benchmarkDatabase = await database.OpenAsync(parse, serverConnection, ct);
            return await RunAsync(benchmarkDatabase, serverConnection, parse.GetValue(trainingPairs), parse.GetValue(scoringPairs),
                parse.GetValue(opportunities), parse.GetValue(runs), parse.GetValue(warmUp), ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(BenchmarkDatabase database, string serverConnection, int trainingCount, int scoringCount, int opportunityCount, int runs, int warmUp, CancellationToken ct)
    {
        Console.WriteLine($"{Environment.ProcessorCount} processor(s), .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, load average {LoadAverage()}.");
        var folder = database.Folder;
        if (database.IsReused && !Directory.Exists(folder))
        {
            Console.Error.WriteLine($"There is no kept dataset for {database.Name} in {folder}: run with --keep first.");
            return 1;
        }
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString(serverConnection));
        await using (var db = Database.Context(dataSource))
        {
            await db.Database.MigrateAsync(ct);
            if (!database.IsReused)
            {
                await new ReferenceDataLoader(db).LoadAsync(ct);
                var candidates = Math.Max(1_000, trainingCount / 10);
                DatasetGenerator.Write(folder, new GeneratedDatasetOptions { Candidates = candidates, Employers = Math.Max(10, opportunityCount / 100), Vacancies = opportunityCount, PlacedShare = 0.05 },
                await ReferenceSets.LoadAsync(db, ct));
            }
        }
        var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().Date);
        var batch = MeasureBatch(folder, trainingCount, scoringCount, today);
        // The page runs in a site whose heap holds no generated dataset or batch of pairs: let them go before timing it.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        // 3. The Matches page's code path against a real database.
        var page = await PageLatencyAsync(dataSource, folder, batch.Model, opportunityCount, runs, warmUp, today, load: !database.IsReused, ct);
        // The same page ranked by the costliest model a small council's data can give (decision 0094).
        var smallCouncilPage = await PageLatencyAsync(dataSource, folder, batch.SmallCouncil, opportunityCount, runs, warmUp, today, load: false, ct);

        Console.WriteLine();
        Console.WriteLine($"Load average at the end (1, 5, 15 minutes): {LoadAverage()} — figures are only fair when it was near 0 before the run.");
        Console.WriteLine($"{"Measure",-58}{"Figure",16}  Goal");
        Row($"Train the ranker's LightGbm ({Capacity.Largest.Trees} trees of {Capacity.Largest.Leaves} leaves) on {batch.Labelled:N0} labelled pairs", $"{batch.LightGbmSeconds:0.0} s", "");
        Row($"Build features, {batch.Pairs:N0} pairs", PerSecond(batch.Pairs, batch.FeatureSeconds), "");
        Row($"Model scoring (TrainedModel.Score), {batch.Pairs:N0} pairs", PerSecond(batch.Pairs, batch.ModelSeconds), "");
        var throughput = batch.Pairs / batch.BatchSeconds;
        Row($"Batch scoring end to end (PairScorer), {batch.Pairs:N0} pairs", PerSecond(batch.Pairs, batch.BatchSeconds),
            $">= {ThroughputGoal:N0} pairs/s: {(throughput >= ThroughputGoal ? "pass" : "MISS")}");
        // Other engineers' builds share the 2 cores, so wall-clock figures move with the load; CPU time barely does.
        Row($"Model scoring, per CPU-second (x {Environment.ProcessorCount} cores if idle)", PerSecond(batch.Pairs, batch.ModelCpuSeconds), "");
        Row($"A small council's model ({Capacity.SmallCouncilFits} fits of {Capacity.SmallCouncilLargest.Trees} x {Capacity.SmallCouncilLargest.Leaves} leaves), per CPU-second", PerSecond(batch.Pairs, batch.SmallCouncilCpuSeconds), "");
        Row($"Batch end to end, per CPU-second (x {Environment.ProcessorCount} cores if idle)", PerSecond(batch.Pairs, batch.BatchCpuSeconds),
            $"idle estimate {batch.Pairs / batch.BatchCpuSeconds * Environment.ProcessorCount:N0} pairs/s");
        Row($"Page: rank 1 person against {opportunityCount:N0} open opportunities, median", $"{page.Median:0.0} ms", "");
        Row($"Page: same, p95 over {runs} runs after {warmUp} warm-up runs", $"{page.P95:0.0} ms", $"< {PageP95GoalMs:0} ms: {(page.P95 < PageP95GoalMs ? "pass" : "MISS")}");
        Row($"Page p95 ranked by a small council's model ({Capacity.SmallCouncilFits} fits of {Capacity.SmallCouncilLargest.Trees} x {Capacity.SmallCouncilLargest.Leaves} leaves)", $"{smallCouncilPage.P95:0.0} ms",
            $"< {PageP95GoalMs:0} ms: {(smallCouncilPage.P95 < PageP95GoalMs ? "pass" : "MISS")} (median {smallCouncilPage.Median:0.0} ms)");
        Console.WriteLine($"Page median by step: the nearest {page.Candidates:N0} candidates in SQL (CandidateQuery, capped at {MatchingService.MostCandidates:N0}) {page.QueryMedian:0.0} ms, "
            + $"features + scoring + explaining the {MatchingService.Shown} shown (SuggestionRanker) {page.RankMedian:0.0} ms ({page.RankedBy}); "
            + $"this process's CPU time per page (PostgreSQL's not included) {page.CpuMedian:0.0} ms, of which in CandidateQuery {page.QueryCpuMedian:0.0} ms.");
        // The slowest pages are mostly the ones a collection fell in, so the tail is shown with and without them.
        Console.WriteLine($"Garbage collections during the timed pages: {page.Collections} in {page.PagesWithCollection} of {runs} pages, {page.PauseMs:0} ms paused in all ({(GCSettings.IsServerGC ? "server" : "workstation")} GC); "
            + $"p95 of the {runs - page.PagesWithCollection} pages no collection fell in: {page.QuietP95:0.0} ms.");
        return 0;
    }

    private sealed record BatchFigures(TrainedModel Model, int Labelled, double LightGbmSeconds, int Pairs,
        double FeatureSeconds, double ModelSeconds, double ModelCpuSeconds, double BatchSeconds, double BatchCpuSeconds, TrainedModel SmallCouncil, double SmallCouncilCpuSeconds);

    /// <summary>Training and batch scoring over the dataset in memory, which is let go when this returns.</summary>
    private static BatchFigures MeasureBatch(string folder, int trainingCount, int scoringCount, DateOnly today)
    {
        var data = MatchingDatasetReader.Read(folder);
        var soc = SocHierarchy.FromReference();
        Console.WriteLine($"Generated {data.Candidates.Count:N0} people, {data.Opportunities.Count:N0} opportunities and {data.Employers.Count:N0} employers.");

        // 1. Training.
        var labelled = SyntheticPairs(data, trainingCount, today, soc);
        // The costliest model cross-validation can choose, not the smallest: a county's data chooses up to 900 trees.
        var clock = Stopwatch.StartNew();
        var lightGbm = RankerTrainer.FitOne(RankerTrainer.LightGbmOrdinal, labelled, Fixed(Capacity.Largest, seed: 2026));
        var lightGbmSeconds = clock.Elapsed.TotalSeconds;
        var model = new TrainedModel(lightGbm, Info(RankerTrainer.LightGbmOrdinal, labelled));

        // 2. Batch scoring through PairScorer, as "ranker score" does.
        var pairs = ScoringPairs(data, scoringCount);
        PairScorer.Score(data, pairs.Take(10_000).ToList(), model, today, soc); // warm-up
        clock.Restart();
        var features = new List<MatchFeatures>(pairs.Count);
        foreach (var (c, v) in pairs)
        {
            var o = data.Opportunities[v];
            features.Add(FeatureBuilder.Build(data.Candidates[c], o, data.Employers[o.EmployerId], today, soc));
        }
        var featureSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var cpu = CpuSeconds();
        model.Score(features);
        var modelSeconds = clock.Elapsed.TotalSeconds;
        var modelCpuSeconds = CpuSeconds() - cpu;
        var smallCouncil = SmallCouncilModel(labelled);
        cpu = CpuSeconds();
        smallCouncil.Score(features);
        var smallCouncilCpuSeconds = CpuSeconds() - cpu;
        features = null;
        GC.Collect();
        clock.Restart();
        cpu = CpuSeconds();
        PairScorer.Score(data, pairs, model, today, soc);
        var batchSeconds = clock.Elapsed.TotalSeconds;
        var batchCpuSeconds = CpuSeconds() - cpu;
        return new BatchFigures(model, labelled.Count, lightGbmSeconds, pairs.Count, featureSeconds, modelSeconds, modelCpuSeconds,
            batchSeconds, batchCpuSeconds, smallCouncil, smallCouncilCpuSeconds);
    }

    /// <summary>The costliest model a small council's data can give: the most fits of its largest capacity, averaged (decision 0094).</summary>
    private static TrainedModel SmallCouncilModel(IReadOnlyList<FeaturedPair> labelled)
    {
        var fits = Enumerable.Range(0, Capacity.SmallCouncilFits)
            .Select(f => RankerTrainer.FitOne(RankerTrainer.LightGbmOrdinal, labelled, Fixed(Capacity.SmallCouncilLargest, seed: 2026 + f)))
            .ToList();
        return new TrainedModel(fits, Info(RankerTrainer.AveragedName, labelled) with { FitWeights = fits.Select(_ => 1.0 / fits.Count).ToList() });
    }

    private static RankerOptions Fixed(Capacity capacity, int seed) => new()
    {
        Seed = seed,
        Trees = capacity.Trees,
        Leaves = capacity.Leaves,
        MinimumPairsPerLeaf = capacity.MinimumPairsPerLeaf,
        LearningRate = capacity.LearningRate,
        FeatureFraction = capacity.FeatureFraction,
        SubsampleFraction = capacity.SubsampleFraction,
    };

    private static double CpuSeconds() => Environment.CpuUsage.TotalTime.TotalSeconds;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Row(string measure, string figure, string goal) => Console.WriteLine($"{measure,-58}{figure,16}  {goal}");

    private static string PerSecond(int count, double seconds) => $"{count / seconds:N0} pairs/s";

    /// <summary>
    /// Ten proposals a person among the generated opportunities, half of them nearby, graded 0–4 from the rule
    /// score plus noise so the trainers have a realistic, imperfect signal to learn.
    /// </summary>
    private static List<FeaturedPair> SyntheticPairs(MatchingData data, int count, DateOnly today, SocHierarchy soc)
    {
        var random = new Random(2026);
        var opportunities = data.Opportunities.Values.ToArray();
        var pairs = new List<FeaturedPair>(count);
        foreach (var person in data.Candidates.Values.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            for (var i = 0; i < 10 && pairs.Count < count; i++)
            {
                var o = opportunities[random.Next(opportunities.Length)];
                var f = FeatureBuilder.Build(person, o, data.Employers[o.EmployerId], today, soc);
                var noisy = RuleScorer.ScoreOne(f) + (float)(random.NextDouble() * 4 - 2);
                var grade = Math.Clamp((int)Math.Floor((noisy - 2) / 1.5), 0, 4);
                pairs.Add(new FeaturedPair(new LabelledPair(person.Id, o.Id, grade, today), f));
            }
            if (pairs.Count >= count)
            {
                break;
            }
        }
        return pairs;
    }

    private static List<(string CandidateId, string VacancyId)> ScoringPairs(MatchingData data, int count)
    {
        var random = new Random(7);
        var people = data.Candidates.Keys.ToArray();
        var opportunities = data.Opportunities.Keys.ToArray();
        var pairs = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            pairs.Add((people[i % people.Length], opportunities[random.Next(opportunities.Length)]));
        }
        return pairs;
    }

    private static ModelInfo Info(string trainer, IReadOnlyList<FeaturedPair> pairs) => new()
    {
        Trainer = trainer,
        TrainedAt = DateTimeOffset.UtcNow,
        FeatureVersion = MatchFeatures.Version,
        FeatureNames = MatchFeatures.Names,
        TrainingPairs = pairs.Count,
        TrainingCandidates = pairs.Select(p => p.Pair.CandidateId).Distinct(StringComparer.Ordinal).Count(),
        HeldOutPairs = 0,
        HeldOutCandidates = 0,
        HeldOutMetrics = [],
        // As "ranker train" stores a model (decision 0099), so the benchmark times the scoring pages get.
        RanksByExpectedGain = true,
    };

    /// <param name="QuietP95">p95 of the pages no garbage collection fell in: what is left of the tail without the collector.</param>
    private sealed record PageFigures(int Candidates, double Median, double P95, double QueryMedian, double RankMedian, string RankedBy, double CpuMedian, double QueryCpuMedian,
        int Collections, int PagesWithCollection, double PauseMs, double QuietP95);

    /// <summary>Stores <paramref name="model"/> as the current model, which the page's ranker then loads.</summary>
    private static async Task StoreAsCurrentAsync(EmploymentDbContext db, TrainedModel model, CancellationToken ct)
    {
        await db.RankerModels.Where(m => m.IsCurrent).ExecuteUpdateAsync(m => m.SetProperty(x => x.IsCurrent, false), ct);
        db.RankerModels.Add(new RankerModel
        {
            TrainedAt = model.Info.TrainedAt,
            Trainer = model.Info.Trainer,
            TrainingPairs = model.Info.TrainingPairs,
            TrainingPeople = model.Info.TrainingCandidates,
            IsCurrent = true,
            Model = model.ToBytes(),
            Metadata = model.InfoJson(),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Imports the dataset (once: <paramref name="load"/>), stores the model as the current one, moves every opportunity
    /// within reach of one person who may take any of them, and times the matching service's two steps (candidates,
    /// then ranking with the stored model) as the Matches page runs them: a fresh DbContext and service per run, as per
    /// request, one ranker for all.
    /// </summary>
    private static async Task<PageFigures> PageLatencyAsync(NpgsqlDataSource dataSource, string folder, TrainedModel model, int opportunityCount, int runs, int warmUp, DateOnly today, bool load, CancellationToken ct)
    {
        Guid personId;
        if (!load)
        {
            await using var kept = Database.Context(dataSource);
            personId = await kept.JobSeekers.OrderBy(j => j.Id).Select(j => j.Id).FirstAsync(ct);
            await StoreAsCurrentAsync(kept, model, ct);
        }
        else
        {
            await using var db = Database.Context(dataSource);
            var report = await new DatasetImporter(db, TimeProvider.System).ImportAsync(folder, new ImportOptions { Source = "Benchmark", GoodRowsOnly = true }, null, ct);
            if (report.Status == ImportReport.Failed)
            {
                throw new InvalidOperationException("The generated dataset did not import.");
            }
            await StoreAsCurrentAsync(db, model, ct);
            var person = await db.JobSeekers.OrderBy(j => j.Id).FirstAsync(ct);
            personId = person.Id;
            // 16–24 with an EHC plan, so supported internships are eligible too; by lift up to 2 hours.
            await db.Database.ExecuteSqlAsync($"""
                UPDATE job_seekers SET date_of_birth = {today.AddYears(-20)}, has_ehc_plan = true, travel_mode = 'lift',
                    travel_max_minutes = 120, paused_on = NULL, erased_at = NULL WHERE id = {personId}
                """, ct);
            await db.Database.ExecuteSqlAsync($"UPDATE employers SET approval = 'approved'", ct);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE opportunities SET latitude = {person.HomeLatitude} + (random() - 0.5) * 0.5,
                    longitude = {person.HomeLongitude} + (random() - 0.5) * 0.8,
                    closed_on = NULL, closes_on = NULL, posted_on = LEAST(posted_on, {today})
                """, ct);
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }

        var ranker = MatchingServiceCollectionExtensions.Ranker(dataSource, TimeProvider.System);
        var total = new List<double>();
        var query = new List<double>();
        var rank = new List<double>();
        var cpu = new List<double>();
        var cpuQuery = new List<double>();
        var gc = new List<(int Collections, double PauseMs)>();
        var quiet = new List<double>();
        var candidates = 0;
        var rankedBy = "";
        for (var run = -warmUp; run < runs; run++)
        {
            var collectionsBefore = GC.CollectionCount(0);
            var pauseBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var cpuBefore = CpuSeconds();
            await using var db = Database.Context(dataSource);
            var matching = new MatchingService(db, ranker, TimeProvider.System);
            var person = await db.JobSeekers.AsNoTracking().FirstAsync(j => j.Id == personId && j.ErasedAt == null, ct);
            var found = await matching.OpportunitiesForAsync(person, new MatchFilters());
            var queried = clock.Elapsed.TotalMilliseconds;
            var queryCpu = (CpuSeconds() - cpuBefore) * 1000;
            var ranked = await matching.RankAsync(found.Select(o => (person, o)).ToList(), ct);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (run >= 0)
            {
                cpu.Add((CpuSeconds() - cpuBefore) * 1000);
                cpuQuery.Add(queryCpu);
                total.Add(elapsed);
                query.Add(queried);
                rank.Add(elapsed - queried);
                var collections = GC.CollectionCount(0) - collectionsBefore;
                gc.Add((collections, (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds));
                if (collections == 0)
                {
                    quiet.Add(elapsed);
                }
            }
            candidates = found.Count;
            rankedBy = ranked.RankedBy;
        }
        if (candidates < Math.Min(opportunityCount, MatchingService.MostCandidates) * 0.9)
        {
            Console.Error.WriteLine($"Only {candidates:N0} of {opportunityCount:N0} opportunities were candidates for the person.");
        }
        return new PageFigures(candidates, Percentile(total, 0.5), Percentile(total, 0.95), Percentile(query, 0.5), Percentile(rank, 0.5), rankedBy, Percentile(cpu, 0.5), Percentile(cpuQuery, 0.5),
            gc.Sum(g => g.Collections), gc.Count(g => g.Collections > 0), gc.Sum(g => g.PauseMs), quiet.Count == 0 ? double.NaN : Percentile(quiet, 0.95));
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var index = (int)Math.Ceiling(p * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
