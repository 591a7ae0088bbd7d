using System.Globalization;
using Employment.Core.Data;

namespace Employment.Core.Interchange;

/// <summary>Reads and checks the cells of one row, noting every problem rather than stopping at the first.</summary>
internal sealed class RowCells(CsvRecord record, string file, List<ImportError> errors)
{
    private readonly int _errorsBefore = errors.Count;

    public int Line => record.Line;

    public bool IsGood => errors.Count == _errorsBefore;

    public void Error(string column, string message) => errors.Add(new ImportError(file, record.Line, column, message));

    public string Raw(string column) => record.Get(column);

    public string? Text(string column, bool required, int maxLength)
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            if (required)
            {
                Error(column, "is empty: it must have a value");
            }
            return null;
        }
        if (text.Length > maxLength)
        {
            Error(column, $"is {text.Length} characters long: it must be {maxLength} characters or fewer");
            return null;
        }
        return text;
    }

    public string? Id(string column) => Text(column, required: true, maxLength: 64);

    public DateOnly? Date(string column, bool required)
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            return Missing<DateOnly>(column, required);
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error(column, $"\"{text}\" is not a date written as YYYY-MM-DD, like 2025-03-31");
        return null;
    }

    public decimal? Decimal(string column, bool required, decimal min, decimal max)
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            return Missing<decimal>(column, required);
        }
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Error(column, $"\"{text}\" is not a number written with a dot for decimals, like 12.5");
            return null;
        }
        if (value < min || value > max)
        {
            Error(column, $"\"{text}\" must be between {min} and {max}");
            return null;
        }
        return value;
    }

    public double? Double(string column, bool required, double min, double max)
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            return Missing<double>(column, required);
        }
        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Error(column, $"\"{text}\" is not a number written with a dot for decimals, like 52.63");
            return null;
        }
        if (value < min || value > max)
        {
            Error(column, $"\"{text}\" must be between {min} and {max}");
            return null;
        }
        return value;
    }

    public int? Whole(string column, bool required, int min, int max)
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            return Missing<int>(column, required);
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Error(column, $"\"{text}\" is not a whole number");
            return null;
        }
        if (value < min || value > max)
        {
            Error(column, $"\"{text}\" must be between {min} and {max}");
            return null;
        }
        return value;
    }

    public bool? Boolean(string column, bool required)
    {
        var text = record.Get(column);
        switch (text)
        {
            case "":
                return Missing<bool>(column, required);
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(column, $"\"{text}\" must be true or false");
                return null;
        }
    }

    public TEnum? Word<TEnum>(string column, bool required) where TEnum : struct, Enum
    {
        var text = record.Get(column);
        if (text.Length == 0)
        {
            return Missing<TEnum>(column, required);
        }
        if (SnakeCase.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        Error(column, $"\"{text}\" is not one of {Words<TEnum>()}");
        return null;
    }

    public List<TEnum> WordList<TEnum>(string column) where TEnum : struct, Enum
    {
        var values = new List<TEnum>();
        foreach (var item in Items(record.Get(column)))
        {
            if (SnakeCase.TryParse<TEnum>(item, out var value))
            {
                values.Add(value);
            }
            else
            {
                Error(column, $"\"{item}\" is not one of {Words<TEnum>()}");
            }
        }
        return values;
    }

    /// <summary>A <c>;</c>-separated list whose items must all be in <paramref name="allowed"/>.</summary>
    public string[] Tags(string column, bool required, IReadOnlySet<string> allowed, string whatItIs)
    {
        var items = Items(record.Get(column));
        if (items.Length == 0 && required)
        {
            Error(column, "is empty: it must have at least one value");
        }
        foreach (var item in items.Where(i => !allowed.Contains(i)))
        {
            Error(column, $"\"{item}\" is not {whatItIs}");
        }
        return items;
    }

    private T? Missing<T>(string column, bool required) where T : struct
    {
        if (required)
        {
            Error(column, "is empty: it must have a value");
        }
        return null;
    }

    private static string[] Items(string text) =>
        text.Length == 0 ? [] : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Words<TEnum>() where TEnum : struct, Enum
    {
        var words = Enum.GetValues<TEnum>().Select(v => SnakeCase.Of(v)).ToList();
        return string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }
}
