use std::process::ExitCode;

fn main() -> ExitCode {
    let code = aipapers::app::run(std::env::args_os());
    ExitCode::from(code)
}
