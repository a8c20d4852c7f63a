using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>
/// Reads typed cells from one CSV row, adding a <see cref="InputError"/> with file, line and field for
/// every cell that is missing or malformed, so that one pass reports every problem in a file.
/// </summary>
public sealed partial class RowReader
{
    private readonly string _file;
    private readonly CsvRow _row;
    private readonly ICollection<InputError> _errors;

    /// <summary>Starts reading a row.</summary>
    public RowReader(string file, CsvRow row, ICollection<InputError> errors)
    {
        _file = file;
        _row = row ?? throw new ArgumentNullException(nameof(row));
        _errors = errors;
    }

    /// <summary>The row's line.</summary>
    public int Line => _row.Line;

    /// <summary>Where the row is.</summary>
    public SourceLocation Location => new(_file, _row.Line);

    /// <summary>True once any cell of this row failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>Records a problem with a cell.</summary>
    public void Error(string field, string message, string? fix = null)
    {
        Failed = true;
        _errors.Add(new InputError(_file, _row.Line, field, message, fix));
    }

    /// <summary>The cell's text, or null when empty (unknown).</summary>
    public string? Text(string field, bool required = false)
    {
        var value = _row.Cells.TryGetValue(field, out var v) && v.Length > 0 ? v : null;
        if (value is null && required)
        {
            Error(field, "is required but empty", $"fill in '{field}' (and cite it in 'source')");
        }

        return value;
    }

    /// <summary>A required text cell; an empty string stands in when it failed (the row is then dropped).</summary>
    public string Required(string field) => Text(field, required: true) ?? string.Empty;

    /// <summary>A lower-case kebab id.</summary>
    public string Id(string field = "id")
    {
        var id = Required(field);
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            Error(field, $"'{id}' is not a lower-case kebab id", "use lower-case letters, digits and dashes, e.g. 'rtx-3090'");
        }

        return id;
    }

    /// <summary>A ';'-separated list.</summary>
    public ImmutableArray<string> List(string field, bool required = false)
    {
        var text = Text(field, required);
        return text is null ? [] : [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>A whole number within bounds.</summary>
    public int? Count(string field, bool required = false, int min = 0, int max = 1_000_000)
    {
        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Error(field, $"'{text}' is not a whole number", "write a plain count such as 4");
            return null;
        }

        if (value < min || value > max)
        {
            Error(field, $"{value} is outside {min} to {max}", $"give a value from {min} to {max}");
            return null;
        }

        return value;
    }

    /// <summary>A plain decimal number within bounds.</summary>
    public double? Number(string field, bool required = false, double min = 0, double max = 1e9)
    {
        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Error(field, $"'{text}' is not a number", "write a plain number such as 2.5");
            return null;
        }

        if (value < min || value > max)
        {
            Error(field, $"{value.ToString(CultureInfo.InvariantCulture)} is outside {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", "correct the value");
            return null;
        }

        return value;
    }

    /// <summary>A US-dollar amount greater than zero.</summary>
    public Usd? Dollars(string field, bool required = false)
    {
        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        var cleaned = text.TrimStart('$').Replace(",", "", StringComparison.Ordinal);
        if (!double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Error(field, $"'{text}' is not an amount of dollars", "write a plain number such as 1499");
            return null;
        }

        if (value <= 0)
        {
            Error(field, $"{text} is not a positive price", "a price must be greater than zero; leave the row out when the price is unknown");
            return null;
        }

        return new Usd(value);
    }

    /// <summary>A quantity with a unit, read by one of the <see cref="QuantityParser"/> functions.</summary>
    public T? Quantity<T>(string field, Func<string, Parsed<T>> parse, bool required = false)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        var parsed = parse(text);
        if (parsed.Error is not null)
        {
            Error(field, parsed.Error, "write the number followed by its unit");
        }

        return parsed.Value;
    }

    /// <summary>A yes/no cell.</summary>
    public bool? Bool(string field, bool required = false)
    {
        var text = Text(field, required);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "yes" or "true" or "y":
                return true;
            case "no" or "false" or "n":
                return false;
            default:
                Error(field, $"'{text}' is not yes or no", "write yes or no, or leave it empty when unknown");
                return null;
        }
    }

    /// <summary>A date, YYYY-MM-DD, YYYY-MM or YYYY (as precise as the source is); kept as written.</summary>
    public string? DateText(string field, bool required = false)
    {
        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        if (ParseDate(text) is null)
        {
            Error(field, $"'{text}' is not a date", "write YYYY-MM-DD, or YYYY-MM (or YYYY) when the source gives no day");
        }

        return text;
    }

    /// <summary>Reads YYYY-MM-DD, YYYY-MM or YYYY, taking the first day of a month or year that has none.</summary>
    public static DateOnly? ParseDate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (format, suffix) in new[] { ("yyyy-MM-dd", ""), ("yyyy-MM-dd", "-01"), ("yyyy-MM-dd", "-01-01") })
        {
            if (text.Length + suffix.Length == 10 &&
                DateOnly.TryParseExact(text + suffix, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A date that may lack its day (YYYY-MM-DD or YYYY-MM), as prices seen in a dated month are.</summary>
    public (DateOnly Date, string Text)? Date(string field, bool required = false)
    {
        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        if (text.Length < 7 || ParseDate(text) is not { } date)
        {
            Error(field, $"'{text}' is not a date", "write YYYY-MM-DD, or YYYY-MM when the source gives only the month");
            return null;
        }

        return (date, text);
    }

    /// <summary>One of a fixed set of words.</summary>
    public T? Choice<T>(string field, IReadOnlyDictionary<string, T> words, bool required = false)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = Text(field, required);
        if (text is null)
        {
            return null;
        }

        if (words.TryGetValue(text.ToLowerInvariant(), out var value))
        {
            return value;
        }

        Error(field, $"'{text}' is not one of: {string.Join(", ", words.Keys)}", $"use one of: {string.Join(", ", words.Keys)}");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
