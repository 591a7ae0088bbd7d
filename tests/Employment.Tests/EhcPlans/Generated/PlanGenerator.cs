using System.Globalization;

namespace Employment.Tests.EhcPlans.Generated;

public enum PlanLayout { HeadingStyles, Tables, BoldCapitalsPdf, PlainParts }

/// <summary>
/// Writes varied synthetic plans with known truth: different councils' headings, label wording and date formats, paraphrased
/// skills and needs, negated wishes, parents' wishes, health needs in C and support at home in D that must not be read as
/// workplace needs, and the council's, parent's and college's addresses beside the young person's.
/// </summary>
public sealed class PlanGenerator(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] GivenNames = ["Amir", "Bethany", "Callum", "Demi", "Ethan", "Fatima", "George", "Hana", "Isaac", "Jade", "Kacper", "Lily-Mae", "Mohammed", "Niamh", "Oliver", "Priya", "Reece", "Sienna", "Tyler", "Zara"];
    private static readonly string[] FamilyNames = ["Ahmed", "Bennett", "Chowdhury", "Davies", "Evans", "Foster", "Green-Hall", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Mistry", "Nowak", "O'Brien", "Patel", "Roberts", "Singh", "Taylor", "Walsh"];
    private static readonly string[] Towns = ["Leicester", "Stoke-on-Trent", "Derby", "Nottingham", "Coventry", "Wolverhampton"];
    private static readonly string[] Streets = ["Mill Lane", "Park Road", "Station Street", "Oak Avenue", "Victoria Road", "Church Close"];
    private static readonly string[] Areas = ["LE4", "ST6", "DE22", "NG7", "CV2", "WV10", "LE18", "ST3"];

    public (PlanScript Script, PlanTruth Truth) Generate(PlanLayout layout)
    {
        var given = Pick(GivenNames);
        var family = Pick(FamilyNames);
        var he = random.Next(2) == 0;
        var (heShe, hisHer) = he ? ("he", "his") : ("she", "her");
        var birth = new DateOnly(2003, 1, 1).AddDays(random.Next(365 * 6));
        var issued = new DateOnly(2023, 1, 1).AddDays(random.Next(900));
        var review = issued.AddDays(300 + random.Next(60));
        var postcode = Postcode();
        var town = Pick(Towns);
        var personCentred = layout == PlanLayout.HeadingStyles && seed % 2 == 1;

        var skills = Sample(PlanPhrases.Skills.Keys, random.Next(2, 5));
        var notSkills = Sample(PlanPhrases.Skills.Keys.Except(skills), 2);
        var needs = Sample(PlanPhrases.Adjustments.Keys, random.Next(2, 6));
        var decoyNeeds = Sample(PlanPhrases.Adjustments.Keys.Except(needs), 3);
        var jobs = SampleList(PlanPhrases.Jobs, random.Next(1, 4));
        var others = PlanPhrases.Jobs.Except(jobs).ToList();
        var unwanted = others[random.Next(others.Count)];
        var parentsJob = others.Where(j => j != unwanted).ElementAt(random.Next(others.Count - 1));

        var details = Details(given, family, birth, postcode, town, issued, review);

        var a = new List<ScriptBlock>
        {
            new Subheading(Pick("About me", "All about me", "What people like about me")),
            new Paragraph($"My name is {given} and I am {random.Next(16, 22)} years old. I live with my {Pick("mum", "dad", "nan", "foster carers")} in {town}."),
            new Paragraph($"I don't want to {Pick(unwanted.Phrases)} because {Pick("it is too noisy", "I do not like it", "it is too busy")}."),
            new Subheading(Pick("What I am good at", "My strengths", "Things I can do")),
        };
        var aSkills = skills.Take((skills.Count + 1) / 2).ToList();
        a.AddRange(aSkills.Select(s => new Paragraph(Pick("I can {0}.", "I know how to {0}.", "I am able to {0}.", "On my work experience I learned to {0}.").Replace("{0}", Pick(PlanPhrases.Skills[s])))));
        a.Add(new Paragraph(Pick("I need help to {0}.", "I find it hard to {0}.").Replace("{0}", Pick(PlanPhrases.Skills[notSkills[0]]))));
        a.Add(new Subheading(Pick("My hopes and aspirations for the future", "My hopes and dreams for the future", "What I want to do when I leave college")));
        var wishFrames = new[] { "In the future I want to {0}.", "When I leave college I would like to {0}.", "I would love to {0} one day.", "I hope to {0}." };
        var alsoFrames = new[] { "I might also like to {0}.", "I would also like to {0}.", "Maybe one day I could {0} too." };
        for (var i = 0; i < jobs.Count; i++)
        {
            a.Add(new Paragraph((i == 0 ? Pick(wishFrames) : Pick(alsoFrames)).Replace("{0}", Pick(jobs[i].Phrases))));
        }
        a.Add(new Subheading(Pick("The views of my parents/carers", "What my family think", "Parent and carer views")));
        a.Add(new Paragraph($"We are proud of {given}."));
        a.Add(new Paragraph(Pick("We would like {n} to {0}.", "We think {n} could {0}.").Replace("{n}", given).Replace("{0}", Pick(parentsJob.Phrases))));
        a.Add(new Paragraph($"We think {given} is good at {Pick("helping around the house", "tidying")} and we would like {(he ? "him" : "her")} to {Pick(PlanPhrases.Skills[notSkills[1]])}."));

        var b = new List<ScriptBlock> { new Subheading("Communication and interaction"), new Paragraph($"{given} has a {Pick("moderate", "mild")} learning difficulty.") };
        foreach (var s in skills.Skip(aSkills.Count))
        {
            b.Add(new Paragraph(Pick("{n} is able to {0}.", "Staff report that {n} can {0}.", "{n} can {0} with confidence.").Replace("{n}", given).Replace("{0}", Pick(PlanPhrases.Skills[s]))));
        }
        b.Add(new Subheading("Social, emotional and mental health"));
        var bNeeds = needs.Take((needs.Count + 1) / 2).ToList();
        b.AddRange(bNeeds.Select(n => new Paragraph(Pick("{n} benefits from {0}.", "{n} needs {0}.", "{n} works best with {0}.").Replace("{n}", given).Replace("{0}", Pick(PlanPhrases.Adjustments[n])))));
        b.Add(new Paragraph($"{given} does not need {Pick(PlanPhrases.Adjustments[decoyNeeds[2]])}."));

        var c = new List<ScriptBlock>
        {
            new Paragraph($"{given} has {Pick("asthma", "epilepsy", "eczema")}, which is managed by the GP."),
            new Paragraph($"{Pick("The school nurse", "The physiotherapist", "The paediatrician")} recommends {Pick(PlanPhrases.Adjustments[decoyNeeds[0]])} during health appointments."),
        };
        var d = new List<ScriptBlock>
        {
            new Paragraph($"{given} is known to the Children with Disabilities Team."),
            new Paragraph($"At home, {hisHer} family provide {Pick(PlanPhrases.Adjustments[decoyNeeds[1]])} at weekends."),
        };

        var (e, outcomes) = Outcomes(given, heShe, layout);
        var f = new List<ScriptBlock> { new Subheading("Cognition and learning"), new Bullet("Small-group teaching for English and maths."), new Bullet($"Staff will help {given} learn to {Pick(PlanPhrases.Skills[notSkills[0]])}.") };
        f.Add(new Subheading("Preparing for adulthood"));
        f.AddRange(needs.Skip(bNeeds.Count).Select(n => new Bullet(Capital(Pick("{0}", "Provide {0}.", "{n} requires {0}.").Replace("{n}", given).Replace("{0}", Pick(PlanPhrases.Adjustments[n]))))));
        f.Add(new Bullet("A vocational study programme including a work placement one day a week."));

        var college = $"{Pick("Riverside", "Hillcrest", "Northfield")} College, College Road, {town}, {Postcode()}";
        var sections = new List<ScriptSection>
        {
            Section("A", personCentred ? "All about me: my views, interests and aspirations" : $"The views, interests and aspirations of {given} and {hisHer} parents", a),
            Section("B", personCentred ? "My special educational needs" : "Special educational needs", b),
            Section("C", personCentred ? "My health needs" : "Health needs related to SEN", c),
            Section("D", personCentred ? "My social care needs" : "Social care needs related to SEN or disability", d),
            Section("E", personCentred ? "My outcomes" : "Outcomes", e),
            Section("F", personCentred ? "The special educational provision I need" : "Special educational provision", f),
            Section("G", "Health provision", [new Paragraph("Annual review with the community paediatrician.")]),
            Section("H", "Social care provision", [new Paragraph("None identified.")]),
            Section("I", personCentred ? "Placement" : "Name and type of school or other institution", [new Paragraph(college)]),
            Section("J", "Personal budget", [new Paragraph("No personal budget has been requested.")]),
            Section("K", "Advice and information", [new Bullet($"Educational psychology advice, {issued.AddDays(-60):d MMMM yyyy}")]),
        };
        if (personCentred)
        {
            sections = sections.Select(s => s with { Letter = null }).ToList();
        }
        var truth = new PlanTruth(given, family, Iso(birth), postcode, Iso(issued), Iso(review),
            jobs.Select(j => j.UnitGroup).ToList(), jobs.SelectMany(j => j.Acceptable).Distinct().ToList(),
            skills.Order(StringComparer.Ordinal).ToList(), needs.Order(StringComparer.Ordinal).ToList(), outcomes);
        return (new PlanScript($"{town} City Council", details, sections), truth);
    }

    private List<(string, string)> Details(string given, string family, DateOnly birth, string postcode, string town, DateOnly issued, DateOnly review)
    {
        var details = new List<(string, string)>();
        if (random.Next(3) == 0)
        {
            details.Add((Pick("Forename(s)", "First name"), given));
            details.Add((Pick("Surname", "Family name"), family));
        }
        else
        {
            details.Add((Pick("Name", "Full name", "Child/young person's full name", "Name of young person"), $"{given} {family}"));
        }
        details.Add((Pick("Date of birth", "DOB"), Date(birth)));
        var home = $"{random.Next(1, 200)} {Pick(Streets)}, {town}, {postcode}";
        var parent = ("Parent/carer address", $"{random.Next(1, 99)} {Pick(Streets)}, {Pick(Towns)}, {Postcode()}");
        var coordinator = (Pick("EHC coordinator", "Case officer"), $"Sam Carter, SEN Team, Civic Centre, {town}, {Postcode()}");
        if (random.Next(2) == 0)
        {
            details.Add(coordinator);
            details.Add(parent);
            details.Add((Pick("Home address", "Address", "Young person's address"), home));
        }
        else
        {
            details.Add((Pick("Home address", "Address"), home));
            details.Add(parent);
            details.Add(coordinator);
        }
        details.Add(("Date of first EHC plan", Date(issued.AddYears(-3))));
        details.Add((Pick("Date of draft plan", "Draft plan issued"), Date(issued.AddDays(-40))));
        details.Add((Pick("Date this plan was issued", "Date of issue", "Final plan issued", "Date of this plan"), Date(issued)));
        details.Add((Pick("Date of next review", "Next annual review", "Review date", "Next review due by"), Date(review)));
        return details;
    }

    private (List<ScriptBlock> Blocks, List<string> Employment) Outcomes(string given, string heShe, PlanLayout layout)
    {
        var month = Pick("June 2026", "July 2025", "September 2026");
        var place = Pick("shop", "café", "hospital", "garden centre", "office");
        var work = Sample(new[]
        {
            $"By {month}, {given} will have completed a work experience placement in a {place} and will be able to say what {heShe} enjoyed.",
            $"{given} will take part in a voluntary role in a {place} for one day a week by the end of the academic year.",
            $"By {month}, {given} will be in paid employment for at least 16 hours a week, with support if needed.",
            $"{given} will have written a CV and applied for two part-time jobs by {month}.",
            $"By the end of the supported internship, {given} will be able to carry out the main tasks of the role with little support.",
        }, random.Next(1, 4));
        var other = Sample(new[]
        {
            $"{given} will be able to travel by bus to college independently.",
            $"{given} will be able to cook a simple meal at home.",
            $"{given} will keep in touch with two friends outside college.",
            $"{given} will manage {(heShe == "he" ? "his" : "her")} own medication with reminders.",
        }, 2);
        var blocks = new List<ScriptBlock>();
        var steps = new[] { "Visit two local employers with the tutor", "Review progress each half term" };
        var all = other.Take(1).Select(o => ("Independent living", o)).Concat(work.Select(w => (Pick("Preparing for adulthood: Employment", "Paid employment", "Employment"), w)))
            .Concat(other.Skip(1).Select(o => ("Community inclusion", o))).ToList();
        var n = 1;
        foreach (var (area, text) in all)
        {
            if (layout == PlanLayout.Tables)
            {
                blocks.Add(new AreaRow(area, text, steps));
            }
            else
            {
                blocks.Add(new Subheading(area));
                blocks.Add(new Paragraph(random.Next(2) == 0 ? $"Outcome {n}: {text}" : text));
                blocks.Add(new Bullet(steps[random.Next(steps.Length)]));
            }
            n++;
        }
        return (blocks, work.ToList());
    }

    private static ScriptSection Section(string letter, string title, List<ScriptBlock> blocks) => new(letter, title, blocks);

    private string Date(DateOnly date)
    {
        var day = date.Day;
        var suffix = day is 1 or 21 or 31 ? "st" : day is 2 or 22 ? "nd" : day is 3 or 23 ? "rd" : "th";
        return random.Next(7) switch
        {
            0 => $"{day}{suffix} {date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
            1 => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            2 => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            3 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            4 => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            5 => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            _ => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        };
    }

    private string Postcode() => $"{Pick(Areas)} {random.Next(1, 10)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private string Pick(params string[] options) => options[random.Next(options.Length)];

    private List<string> Sample(IEnumerable<string> items, int count) => items.OrderBy(_ => random.Next()).Take(count).ToList();

    private List<T> SampleList<T>(IEnumerable<T> items, int count) => items.OrderBy(_ => random.Next()).Take(count).ToList();
}
