using System.CommandLine;
using System.Diagnostics;
using Employment.Core.Reference.Occupations;

namespace Employment.Cli;

/// <summary>
/// "benchmark occupations": how long the everyday-words occupation index takes to build, and how many finds a second
/// it answers, for short searches typed on the interests page and for sentences as they come in plans.
/// </summary>
internal static class OccupationBenchmark
{
    private static readonly string[] Searches =
    [
        "cafe", "barista", "shop", "shop assistant", "stack shelves", "animals", "dogs", "garden", "car wash", "cleaning",
        "warehouse", "office", "computers", "care", "children", "hairdressing", "cooking", "kitchen", "hotel", "library",
        "bike repair", "hair", "clean", "xyzzy",
    ];

    private static readonly string[] Sentences =
    [
        "I would like to work in a cafe making coffee",
        "Jordan enjoys working with animals and would like to work at a stables or kennels when they leave college",
        "I love cars and want to be a mechanic like my uncle",
        "She would like a job stacking shelves at Tesco or working on the tills",
        "In the future I want to work in an office doing filing and photocopying",
        "He has enjoyed his work experience in the school kitchen, washing up and preparing sandwiches",
        "My dream is to look after children in a nursery",
        "I like being outside, gardening and cutting grass in the park",
    ];

    public static Command Create()
    {
        var seconds = new Option<double>("--seconds") { Description = "How long to run each kind of find.", DefaultValueFactory = _ => 3 };
        var command = new Command("occupations", "Time the occupation finder on everyday words and plan sentences.");
        command.Options.Add(seconds);
        command.SetAction(parse =>
        {
            var build = Stopwatch.StartNew();
            var index = OccupationIndex.FromReferenceFiles();
            Console.WriteLine($"Built the index of {index.Titles.Count:N0} titles in {build.Elapsed.TotalMilliseconds:N0} ms.");
            var finder = new RankedOccupationFinder(index);
            var budget = TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(seconds)));
            Time(finder, "Searches (one to three words)", Searches, budget);
            Time(finder, "Plan sentences (8 to 18 words)", Sentences, budget);
            return 0;
        });
        return command;
    }

    private static void Time(RankedOccupationFinder finder, string label, string[] inputs, TimeSpan budget)
    {
        foreach (var input in inputs)
        {
            finder.Find(input);
        }
        var finds = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < budget)
        {
            foreach (var input in inputs)
            {
                finder.Find(input);
            }
            finds += inputs.Length;
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{label}: {finds:N0} finds in {elapsed:0.0} s, {finds / elapsed:N0} finds a second ({1_000_000 * elapsed / finds:0.0} µs each).");
    }
}
