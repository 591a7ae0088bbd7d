using System.Security.Cryptography;
using System.Text.Json;
using Employment.Seed;

namespace Employment.Tests.Seed;

/// <summary>A hash of every generated entity, field by field, in list order.</summary>
public static class WorldFingerprint
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static string Of(DemoWorld world)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            JsonSerializer.Serialize(writer, world.Coaches, Json);
            JsonSerializer.Serialize(writer, world.Employers, Json);
            JsonSerializer.Serialize(writer, world.EmployerUsers, Json);
            JsonSerializer.Serialize(writer, world.Staff, Json);
            JsonSerializer.Serialize(writer, world.Opportunities, Json);
            JsonSerializer.Serialize(writer, world.JobSeekers, Json);
            JsonSerializer.Serialize(writer, world.Placements, Json);
            JsonSerializer.Serialize(writer, world.DemoSignIns.Select(s => new { s.User.Id, s.Role }), Json);
            writer.WriteEndArray();
        }
        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }
}
