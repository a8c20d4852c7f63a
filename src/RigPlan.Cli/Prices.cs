using System.Text.Json.Nodes;
using RigPlan.Core.Catalog;

namespace RigPlan.Cli;

/// <summary>How prices are shown: always with their date, so nobody mistakes an old price for today's.</summary>
internal static class Prices
{
    public static string Short(PriceQuote? price) =>
        price is null ? "—" : $"{price.Price} ({price.DateText[..Math.Min(7, price.DateText.Length)]}{(price.FromUser ? ", yours" : "")})";

    public static void AddTo(JsonObject obj, PriceQuote? price, string prefix)
    {
        obj[prefix + "price_usd"] = price?.Price.Value;
        obj[prefix + "price_date"] = price?.DateText;
        obj[prefix + "price_source"] = price?.Source;
    }
}
