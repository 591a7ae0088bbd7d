namespace Employment.Seed.Places;

internal static class DemoAreas
{
    public const string Leicester = "E06000016";
    public const string Leicestershire = "E10000018";
    public const string Rutland = "E06000017";
    public const string StokeOnTrent = "E06000021";
    public const string Staffordshire = "E10000028";

    public static readonly IReadOnlyList<DemoArea> All =
    [
        new(Leicester, "Leicester", 0.40, "LE", "leicester.gov.uk",
            ["LE1", "LE2", "LE3", "LE4", "LE5"],
            ["Belgrave", "Aylestone", "Evington", "Braunstone", "Knighton", "Clarendon Park", "Humberstone", "Highfields", "Abbey Park", "Westcotes"]),
        new(Leicestershire, "Leicestershire", 0.15, "LE", "leics.gov.uk",
            ["LE6", "LE7", "LE8", "LE9", "LE10", "LE11", "LE12", "LE13", "LE14", "LE16", "LE17", "LE18", "LE19", "LE65", "LE67"],
            ["Loughborough", "Hinckley", "Market Harborough", "Melton", "Coalville", "Wigston", "Oadby", "Syston", "Lutterworth", "Ashby"]),
        new(Rutland, "Rutland", 0.03, "LE", "rutland.gov.uk",
            ["LE15"],
            ["Oakham", "Uppingham", "Rutland Water", "Empingham"]),
        new(StokeOnTrent, "Stoke-on-Trent", 0.30, "ST", "stoke.gov.uk",
            ["ST1", "ST2", "ST3", "ST4", "ST6"],
            ["Hanley", "Burslem", "Tunstall", "Longton", "Fenton", "Stoke", "Etruria", "Meir", "Trentham", "Bucknall"]),
        new(Staffordshire, "Staffordshire", 0.12, "ST", "staffordshire.gov.uk",
            ["ST5", "ST7", "ST8", "ST9", "ST10", "ST11", "ST12", "ST13", "ST14", "ST15", "ST16", "ST17", "ST18", "ST19", "ST20", "ST21"],
            ["Newcastle", "Kidsgrove", "Leek", "Stone", "Stafford", "Cheadle", "Uttoxeter", "Biddulph", "Eccleshall", "Barlaston"]),
    ];

    public static DemoArea ByCode(string onsCode) => All.First(a => a.OnsCode == onsCode);
}
