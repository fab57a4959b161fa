from lamina.cli.main import run

run()
