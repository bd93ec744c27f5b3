print("m_raises: before the error")
partial = "set before the error"
raise ValueError("m_raises failed while importing")
