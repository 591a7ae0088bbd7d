namespace Employment.Seed.Occupations;

internal static class DemoSectors
{
    public static readonly IReadOnlyList<DemoSector> All =
    [
        new("Hospitality and catering", 16, false, ["9263", "9264", "9266", "9265", "6231", "5432"],
            ["{place} Café", "The {word} Kitchen", "{surname}'s Bistro", "{place} Hotel", "{word} Tea Rooms", "{surname}'s Sandwich Bar"]),
        new("Retail", 16, false, ["7111", "7112", "9241", "7125", "9252", "7219"],
            ["{place} Supermarket", "{surname} and Sons Hardware", "{surname}'s Convenience Store", "{word} Home Store", "{place} Discount Store"]),
        new("Health and social care", 10, true, ["9262", "6135", "9223", "9224", "9263", "4216"],
            ["{place} Care Home", "{word} Lodge Care", "{place} Community Hospital", "{place} Medical Centre", "{word} House Residential Care"]),
        new("Cleaning and facilities", 8, false, ["9223", "9224", "9226", "6232", "9225"],
            ["{word} Clean Ltd", "{place} Facilities Services", "{surname} Cleaning Company", "{word} Hand Car Wash"]),
        new("Logistics and warehousing", 9, false, ["9252", "9132", "4133", "9211"],
            ["{place} Distribution Centre", "{word} Logistics Ltd", "{surname} Freight", "{word} Parcels"]),
        new("Manufacturing and food production", 9, false, ["8111", "8149", "9132", "9252", "9223"],
            ["{surname} Foods Ltd", "{word} Packaging Ltd", "{place} Ceramics", "{surname} Engineering", "{word} Bakery"]),
        new("Horticulture and animal care", 7, true, ["5113", "5114", "6129", "9111"],
            ["{place} Garden Centre", "{place} City Farm", "{place} Animal Rescue", "{word} Kennels and Cattery", "{word} Nurseries"]),
        new("Office and public services", 10, false, ["4159", "4152", "4131", "4216", "9211", "4135", "7219", "9219"],
            ["{place} Housing Association", "{surname} and Partners Accountants", "{place} Library", "{word} Insurance Services", "{place} Community Council"]),
        new("Leisure and sport", 6, true, ["6211", "9267", "9266", "9223"],
            ["{place} Leisure Centre", "{word} Bowling", "{place} Swimming Baths", "{word} Cinema", "{place} Football Club Community Trust"]),
        new("Education and childcare", 4, true, ["6112", "6111", "9263", "9223", "6232"],
            ["{place} Primary School", "{word} Day Nursery", "{place} Academy", "{word} Children's Centre"]),
        new("Charity and community", 5, true, ["7111", "9241", "4159", "9263", "6129"],
            ["{place} Hospice Shop", "{word} Community Trust", "{place} Food Bank", "{word} Furniture Project"]),
    ];

    public static readonly IReadOnlyList<string> Words =
    [
        "Greenfield", "Riverside", "Oak Tree", "Willow", "Castle", "Meadow", "Sunrise", "Heritage", "Beacon",
        "Canalside", "Victoria", "Millennium", "Park View", "Kingfisher", "Bluebell", "Orchard", "Hillside", "Rainbow",
    ];

    public static DemoSector For(string socCode) => All.FirstOrDefault(s => s.SocCodes.Contains(socCode)) ?? All[0];
}
