namespace Employment.Seed.Places;

/// <summary>A home or workplace: a full postcode and a point near its district's centre.</summary>
internal sealed record DemoPlace(string Postcode, double Latitude, double Longitude);
