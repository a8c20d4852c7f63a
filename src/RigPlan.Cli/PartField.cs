using System.Globalization;
using System.Text.Json.Nodes;

namespace RigPlan.Cli;

/// <summary>One field of a part as shown to people and written to JSON: a snake_case name, a label, a unit, and the value.</summary>
internal sealed record PartField(string Json, string Label, string? Unit, Func<object, object?> Get)
{
    public JsonNode? ToJson(object part) => Get(part) switch
    {
        null => null,
        double d => JsonValue.Create(Math.Round(d, 4)),
        int i => JsonValue.Create(i),
        bool b => JsonValue.Create(b),
        string s => JsonValue.Create(s),
        IEnumerable<string> list => new JsonArray([.. list.Select(x => (JsonNode?)JsonValue.Create(x))]),
        var other => JsonValue.Create(other.ToString()),
    };

    public string Display(object part) => Get(part) switch
    {
        null => "unknown",
        double d when Unit == "USD" => "$" + d.ToString("#,0.##", CultureInfo.InvariantCulture),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture) + (Unit is null ? "" : " " + Unit),
        int i => i.ToString(CultureInfo.InvariantCulture) + (Unit is null ? "" : " " + Unit),
        bool b => b ? "yes" : "no",
        string s => s,
        IEnumerable<string> list => string.Join(", ", list),
        var other => other.ToString() ?? "",
    };
}
