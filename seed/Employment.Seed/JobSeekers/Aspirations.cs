using Bogus;
using Employment.Seed.Occupations;
using Employment.Seed.Randomness;

namespace Employment.Seed.JobSeekers;

/// <summary>Aspirations in the person's own words, as an EHC plan's section A records them.</summary>
internal static class Aspirations
{
    private static readonly (string Sector, string Words)[] AboutWork =
    [
        ("Horticulture and animal care", "I want to work with animals."),
        ("Horticulture and animal care", "I like being outside and I would like to work in a garden."),
        ("Hospitality and catering", "I like cooking and I would like to work in a kitchen."),
        ("Hospitality and catering", "I want to work in a café and make coffee."),
        ("Retail", "I would like a job in a shop."),
        ("Retail", "I like helping customers find things."),
        ("Health and social care", "I like helping people and I want to be a carer."),
        ("Health and social care", "I want to work in a hospital like my mum."),
        ("Cleaning and facilities", "I like things to be clean and tidy."),
        ("Office and public services", "I would like to work in an office and use a computer."),
        ("Logistics and warehousing", "I like sorting things and putting them in the right place."),
        ("Education and childcare", "I want to work with children."),
        ("Leisure and sport", "I like sport and I want to work at the leisure centre."),
        ("Charity and community", "I want to help at a charity shop."),
        ("Manufacturing and food production", "I like making things with my hands."),
    ];

    private static readonly string[] AboutLife =
    [
        "I want to earn my own money.",
        "I want a job so I can meet new people.",
        "I would like to work near my home.",
        "I want to be more independent.",
        "I want to learn to get the bus to work on my own.",
        "I would like a job where I do the same things every day.",
        "I want to work part time to start with.",
        "I want to save up for a holiday.",
        "I want to show people what I can do.",
        "I would like to work with a friendly team.",
        "I want to get a job like my brother.",
        "I want to move into my own flat one day.",
        "I like being busy.",
        "I want to do something that helps other people.",
        "I don't like loud places, so I want a quiet job.",
        "I want to try different jobs to see what I like.",
    ];

    public static string For(Randomizer random, string firstInterest)
    {
        var sector = DemoSectors.For(firstInterest).Name;
        var words = new List<string>(3);
        var matching = AboutWork.Where(a => a.Sector == sector).Select(a => a.Words).ToList();
        if (matching.Count > 0 && random.Chance(0.75))
        {
            words.Add(random.Pick(matching));
        }
        words.AddRange(random.PickDistinct(AboutLife, random.Int(words.Count == 0 ? 1 : 0, 2)));
        return string.Join(" ", words);
    }
}
