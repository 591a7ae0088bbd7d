using System.Text;

namespace Employment.Seed.People;

/// <summary>Hands out firstname.lastname@domain addresses, numbering repeats so each is unique.</summary>
internal sealed class EmailAddresses
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string For(string firstName, string lastName, string domain)
    {
        var local = $"{Slug(firstName)}.{Slug(lastName)}";
        var email = $"{local}@{domain}";
        for (var n = 2; !_used.Add(email); n++)
        {
            email = $"{local}{n}@{domain}";
        }
        return email;
    }

    public void Reserve(string email) => _used.Add(email);

    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
