using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Employment.Core.Data;

/// <summary>Stores enums as the snake_case words of the interchange format (paid_job, public_transport).</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => SnakeCase.ToSnakeCase(value.ToString()),
    text => Enum.Parse<TEnum>(text.Replace("_", ""), true))
    where TEnum : struct, Enum;

public static class SnakeCase
{
    public static string ToSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => ToSnakeCase(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && Words<TEnum>.ByWord.TryGetValue(text.Trim(), out value);
    }

    /// <summary>The value a stored word stands for; a word that is not one is a fault in the data, not the user's.</summary>
    public static TEnum Parse<TEnum>(string word) where TEnum : struct, Enum => Words<TEnum>.ByWord.TryGetValue(word, out var value)
        ? value
        : throw new InvalidOperationException($"'{word}' is not a {typeof(TEnum).Name} word.");

    /// <summary>Each enum's words, worked out once: readers parse them per row.</summary>
    private static class Words<TEnum> where TEnum : struct, Enum
    {
        public static readonly Dictionary<string, TEnum> ByWord = Enum.GetValues<TEnum>().ToDictionary(v => Of(v), v => v, StringComparer.Ordinal);
    }
}
