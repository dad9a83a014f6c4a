using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RunnerStrength.Tools.Serving;

/// <summary>What the OpenAPI document says of the endpoints that take a JSON body.</summary>
internal static class RouteDescription
{
    /// <summary>
    /// Takes a JSON body shaped as <typeparamref name="TBody"/>; answers 200 as <paramref name="answer"/> or one of <paramref name="answers"/> (media
    /// types), or a problem: 400 for a bad body, 413 for one over the limit.
    /// </summary>
    public static RouteHandlerBuilder TakesJson<TBody>(this RouteHandlerBuilder route, string answer, params string[] answers)
        where TBody : notnull => route
        .Accepts<TBody>("application/json")
        .Produces<string>(StatusCodes.Status200OK, answer, answers)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
