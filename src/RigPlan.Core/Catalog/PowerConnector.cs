using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RigPlan.Core.Catalog;

/// <summary>A number of auxiliary power connectors of one type ("2x 8-pin").</summary>
public readonly record struct PowerConnector(int Count, ConnectorType Type)
{
    /// <inheritdoc />
    public override string ToString() => $"{Count}x {Describe(Type)}";

    /// <summary>How people write a connector type.</summary>
    public static string Describe(ConnectorType type) => type switch
    {
        ConnectorType.Pin6 => "6-pin",
        ConnectorType.Pin8 => "8-pin",
        ConnectorType.Pin12 => "12-pin",
        ConnectorType.Pin16 => "16-pin 12VHPWR/12V-2x6",
        ConnectorType.Eps8 => "8-pin EPS",
        _ => type.ToString(),
    };

    /// <summary>
    /// Reads a connector list such as "2x 8-pin", "1x 16-pin 12VHPWR", "1x 6-pin + 1x 8-pin" or "none".
    /// </summary>
    public static (ImmutableArray<PowerConnector> Connectors, string? Error) ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return ([], null);
        }

        var result = ImmutableArray.CreateBuilder<PowerConnector>();
        foreach (var piece in trimmed.Split(['+', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Regex.Match(piece, @"^(\d+)\s*x\s*(.+)$", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            if (!match.Success)
            {
                return ([], $"'{piece}' is not a connector count such as '2x 8-pin'");
            }

            var type = ParseType(match.Groups[2].Value);
            if (type is null)
            {
                return ([], $"'{match.Groups[2].Value}' is not a known connector (6-pin, 8-pin, 12-pin, 16-pin 12VHPWR, 16-pin 12V-2x6, 8-pin EPS)");
            }

            result.Add(new PowerConnector(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), type.Value));
        }

        return (result.ToImmutable(), null);
    }

    private static ConnectorType? ParseType(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Contains("eps", StringComparison.Ordinal) || t.Contains("cpu", StringComparison.Ordinal))
        {
            return ConnectorType.Eps8;
        }

        if (t.Contains("12vhpwr", StringComparison.Ordinal) || t.Contains("12v-2x6", StringComparison.Ordinal) || t.Contains("12v 2x6", StringComparison.Ordinal) || t.StartsWith("16-pin", StringComparison.Ordinal) || t.StartsWith("16 pin", StringComparison.Ordinal))
        {
            return ConnectorType.Pin16;
        }

        return t switch
        {
            "6-pin" or "6 pin" or "6-pin pcie" => ConnectorType.Pin6,
            "8-pin" or "8 pin" or "8-pin pcie" or "6+2-pin" => ConnectorType.Pin8,
            "12-pin" or "12 pin" => ConnectorType.Pin12,
            _ => null,
        };
    }
}
